import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type AuthFormProps = {
  title: string;
  onSubmit: () => void;
  /** The way out at the bottom, e.g. back to signing in. */
  link: { to: string; label: string };
  children: ReactNode;
};

/** The card the signed-out pages share: a titled form (also the document's title) with a link below it. */
export function AuthForm({ title, onSubmit, link, children }: AuthFormProps) {
  useDocumentTitle(`${title} · Grannskap`);
  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack>
          <Title order={1} size="h2">
            {title}
          </Title>
          {children}
          <Anchor component={Link} to={link.to} size="sm">
            {link.label}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
