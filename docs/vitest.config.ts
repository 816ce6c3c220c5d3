import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

export default defineProject(project('@pledge/docs'));
