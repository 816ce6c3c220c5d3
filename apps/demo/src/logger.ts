// Log Data: one JSON line per event on stdout. Callers pass what the policy calls Log Data (IP
// address, browser, pages) and record ids, never who the person is.
type Fields = Record<string, string | number | boolean | undefined>;

const write = (level: 'info' | 'warn' | 'error', message: string, fields: Fields) => {
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`,
  );
};

export const logger = {
  info: (message: string, fields: Fields = {}) => write('info', message, fields),
  warn: (message: string, fields: Fields = {}) => write('warn', message, fields),
  error: (message: string, fields: Fields = {}) => write('error', message, fields),
};
