import { z } from 'zod';

type Translate = (key: string) => string;

/** A plausible e-mail address; the server decides the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Minimum length of a password, as the server enforces it. */
export const PASSWORD_MIN = 10;

export function emailField(t: Translate) {
  return z
    .string()
    .trim()
    .min(1, t('validation.emailRequired'))
    .refine((v) => v === '' || EMAIL.test(v), t('validation.emailInvalid'));
}

export function newPasswordSchema(t: Translate) {
  return z
    .object({
      password: z.string().min(PASSWORD_MIN, t('validation.passwordTooShort')),
      confirm: z.string().min(1, t('validation.confirmRequired')),
    })
    .refine((v) => v.password === v.confirm, { message: t('validation.passwordMismatch'), path: ['confirm'] });
}
