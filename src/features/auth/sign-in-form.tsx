// Email and password form. Checks empty fields before sending; explains server answers
// (wrong password, no network) in the user's language.

import { useId, useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Spinner } from "@/components/spinner";
import { useSignIn } from "@/data/sign-in-mutation";
import { signInErrorKey } from "@/features/auth/sign-in-error-text";
import type { SignInFieldErrors } from "@/features/auth/validate-sign-in";
import { validateSignIn } from "@/features/auth/validate-sign-in";

/** The sign-in form; `onSignedIn` runs after a successful sign-in. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const signIn = useSignIn(onSignedIn);
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = emailRef.current?.value ?? "";
    const password = passwordRef.current?.value ?? "";
    const errors = validateSignIn(email, password);
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    signIn.mutate({ email, password });
  }

  const serverError = signIn.isError ? t(signInErrorKey(signIn.error)) : null;
  return (
    <form className="sign-in-form" noValidate onSubmit={submit} aria-busy={signIn.isPending}>
      <Field id={`${id}-email`} label={t("auth.email")} error={fieldErrors.email && t(fieldErrors.email)}>
        <input ref={emailRef} id={`${id}-email`} name="email" type="email" autoComplete="username"
          inputMode="email" autoCapitalize="none" spellCheck={false} required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? `${id}-email-error` : undefined} />
      </Field>
      <Field id={`${id}-password`} label={t("auth.password")} error={fieldErrors.password && t(fieldErrors.password)}>
        <input ref={passwordRef} id={`${id}-password`} name="password" type="password"
          autoComplete="current-password" required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined} />
      </Field>
      <div role="alert" className="sign-in-form__alert">
        {serverError ? <p className="field-error">{serverError}</p> : null}
      </div>
      <button type="submit" className="button" disabled={signIn.isPending}>
        {signIn.isPending ? (
          <>
            <Spinner /> {t("auth.signingIn")}
          </>
        ) : (
          t("auth.signIn")
        )}
      </button>
    </form>
  );
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}

function Field({ id, label, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
