import { Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

/** A `<section>` named by its own heading, so screen readers list it as a region. */
export function TitledSection({
  id,
  title,
  order,
  children,
}: {
  /** Id of the heading; must be unique on the page. */
  id: string;
  title: ReactNode;
  order: TitleOrder;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Title order={order} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
