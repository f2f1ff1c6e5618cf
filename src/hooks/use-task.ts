import { useCallback, useEffect, useRef, useState } from 'react';

export type TaskState<T> =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown };

export type TaskResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface Task<A extends unknown[], T> {
  state: TaskState<T>;

  /**
   * Starts the task. Resolves with its result, or with null when the result
   * arrived after the component unmounted or after a newer run or cancel,
   * in which case the caller must not act on it.
   */
  run: (...args: A) => Promise<TaskResult<T> | null>;

  /** Forgets the running task, if any, and returns to idle. */
  cancel: () => void;
}

/** Runs one async service call at a time for a screen, ignoring results that come too late. */
export function useTask<A extends unknown[], T>(work: (...args: A) => Promise<T>): Task<A, T> {
  const [state, setState] = useState<TaskState<T>>({ status: 'idle' });
  const currentRun = useRef(0);
  const mounted = useRef(true);
  const workRef = useRef(work);
  workRef.current = work;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<TaskResult<T> | null> => {
    const runId = ++currentRun.current;
    setState({ status: 'running' });

    let result: TaskResult<T>;
    try {
      result = { ok: true, value: await workRef.current(...args) };
    } catch (error) {
      result = { ok: false, error };
    }

    if (!mounted.current || runId !== currentRun.current) {
      return null;
    }

    setState(result.ok ? { status: 'done', value: result.value } : { status: 'failed', error: result.error });
    return result;
  }, []);

  const cancel = useCallback(() => {
    currentRun.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, run, cancel };
}
