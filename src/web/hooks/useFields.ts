import { type ChangeEvent, useState } from 'react';

type Keys<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

/**
 * A form's values in one state, and the props that bind a Mantine input to one of them — so a
 * form lists its fields once instead of a useState and an onChange per field.
 */
export function useFields<T extends Record<string, unknown>>(initial: T | (() => T)) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((old) => ({ ...old, [key]: value }));
  return {
    values,
    set,
    reset: () => setValues(initial),
    /** TextInput, Textarea, NativeSelect: the new value comes in the change event. */
    text: <K extends Keys<T, string>>(key: K) => ({
      value: values[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        set(key, event.currentTarget.value as T[K]),
    }),
    /** Select, MultiSelect, NumberInput, TagsInput: the new value is the argument. */
    input: <K extends keyof T>(key: K) => ({
      value: values[key],
      onChange: (value: T[K]) => set(key, value),
    }),
    checkbox: <K extends Keys<T, boolean>>(key: K) => ({
      checked: values[key] as boolean,
      onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.checked as T[K]),
    }),
  };
}

/** What useFields returns, for a component that renders some of a form's fields. */
export type Fields<T extends Record<string, unknown>> = ReturnType<typeof useFields<T>>;
