// Submitting a form to the API: problem+json field errors go next to their fields, the rest
// above the form.
import type { FormInstance } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { ApiError, type FieldError } from '../api/client';
import ProblemAlert from '../components/ProblemAlert';
import { splitFieldErrors } from './problem';

export interface Submit {
  run: <T>(fn: () => Promise<T>) => Promise<T | undefined>;
  submitting: boolean;
  alert: ReactNode;
  clear: () => void;
}

export function useSubmit(form?: FormInstance, alias: Record<string, string> = {}): Submit {
  const [error, setError] = useState<ApiError | null>(null);
  const [rest, setRest] = useState<FieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const run = useCallback(
    async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
      setError(null);
      setRest([]);
      setSubmitting(true);
      try {
        return await fn();
      } catch (e) {
        const err = e instanceof ApiError ? e : new ApiError({ status: 0, code: 'network', detail: String(e) });
        if (form) {
          const known = form.getFieldsError().map((f) => f.name);
          const { fields, rest: left } = splitFieldErrors(err.problem.errors, known, alias);
          form.setFields(fields);
          setRest(left);
        } else {
          setRest(err.problem.errors ?? []);
        }
        setError(err);
        return undefined;
      } finally {
        setSubmitting(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form],
  );
  const clear = useCallback(() => {
    setError(null);
    setRest([]);
  }, []);
  return { run, submitting, alert: error ? <ProblemAlert error={error} rest={rest} /> : null, clear };
}
