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
   * Starts the task. Resolves with its result, or with null when the caller
   * must not act on it: the task was already running (a repeated key press
   * must not send a second create), or its result arrived after the
   * component unmounted or after a cancel.
   */
  run: (...args: A) => Promise<TaskResult<T> | null>;

  /** Forgets the running task, if any, and returns to idle. */
  cancel: () => void;
}

/** Runs one async service call at a time for a screen, ignoring repeated starts and results that come too late. */
export function useTask<A extends unknown[], T>(work: (...args: A) => Promise<T>): Task<A, T> {
  const [state, setState] = useState<TaskState<T>>({ status: 'idle' });
  const currentRun = useRef(0);
  const running = useRef(false);
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
    // A ref, not the state: two key presses can arrive before React re-renders.
    if (running.current) {
      return null;
    }

    running.current = true;
    const runId = ++currentRun.current;
    setState({ status: 'running' });

    let result: TaskResult<T>;
    try {
      result = { ok: true, value: await workRef.current(...args) };
    } catch (error) {
      result = { ok: false, error };
    }

    if (runId === currentRun.current) {
      running.current = false;
    }
    if (!mounted.current || runId !== currentRun.current) {
      return null;
    }

    setState(result.ok ? { status: 'done', value: result.value } : { status: 'failed', error: result.error });
    return result;
  }, []);

  const cancel = useCallback(() => {
    currentRun.current += 1;
    running.current = false;
    setState({ status: 'idle' });
  }, []);

  return { state, run, cancel };
}
