// Where the API tests find the backend; set by tests/scripts/test-api.mjs and test-all.mjs.
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the API tests with \`npm run test:api\`.`);
  return value;
}

export const API_URL = required("GPMB_API_URL");
export const PUBLISHABLE_KEY = required("GPMB_PUBLISHABLE_KEY");
export const PG_URL = required("GPMB_PG_URL");
