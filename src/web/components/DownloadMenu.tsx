import { Button, Menu } from '@mantine/core';

/** A button that opens a list of files to download (exports as CSV, XLSX, …). */
export function DownloadMenu({ label, files }: { label: string; files: { label: string; href: string }[] }) {
  return (
    <Menu>
      <Menu.Target>
        <Button variant="light">{label}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {files.map((file) => (
          <Menu.Item key={file.href} component="a" href={file.href} download>
            {file.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
