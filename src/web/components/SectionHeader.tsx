import { Button, Group, Title } from '@mantine/core';

/** A section's h2 with, for those who may, the button that adds to it. */
export function SectionHeader({
  title,
  addLabel,
  onAdd,
}: {
  title: string;
  addLabel: string;
  /** Left out when the user may not add: no button. */
  onAdd?: () => void;
}) {
  return (
    <Group justify="space-between">
      <Title order={2} size="h3">
        {title}
      </Title>
      {onAdd && (
        <Button variant="light" onClick={onAdd}>
          {addLabel}
        </Button>
      )}
    </Group>
  );
}
