// Checks the sign-in form before anything is sent.

/** Which field is wrong and how; the values are translation keys. */
export interface SignInFieldErrors {
  email?: "auth.errorEmailRequired" | "auth.errorEmailInvalid";
  password?: "auth.errorPasswordRequired";
}

// Deliberately loose: the server is the judge; this only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The field errors of a sign-in attempt; empty when it may be sent. */
export function validateSignIn(email: string, password: string): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = "auth.errorEmailRequired";
  else if (!EMAIL.test(trimmed)) errors.email = "auth.errorEmailInvalid";
  if (!password) errors.password = "auth.errorPasswordRequired";
  return errors;
}
