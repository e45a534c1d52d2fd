'use client';

import { useActionState } from 'react';
import styles from '../../components/desk/form.module.css';
import { SubmitButton } from '../../components/desk/submit-button.tsx';
import { type SignInState, signInAction } from '../../lib/session/actions.ts';

/** Email and password, posted to a server action: works without JavaScript, and says why a sign-in failed. */
export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState<SignInState, FormData>(signInAction, { problem: null, email: '' });
  return (
    <form
      action={action}
      className={styles.form}
      aria-describedby={state.problem ? 'sign-in-problem' : undefined}
    >
      {state.problem ? (
        <p id="sign-in-problem" role="alert" className={styles.problems}>
          {state.problem}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <div className={styles.field}>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div className={styles.actions}>
        <SubmitButton working="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
