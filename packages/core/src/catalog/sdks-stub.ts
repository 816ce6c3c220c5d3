import type { SdkRecipe } from './types.js';
export const SDK_RECIPES: readonly SdkRecipe[] = [];
