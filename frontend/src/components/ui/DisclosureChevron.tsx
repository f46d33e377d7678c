import { Box, type BoxProps } from '@mantine/core';

/** The ▸ of a disclosure button, turned down (▾) while what it discloses is open. Decoration only. */
export function DisclosureChevron({ expanded, ...props }: { expanded: boolean } & BoxProps) {
  return (
    <Box
      component="span"
      aria-hidden="true"
      display="inline-block"
      style={{ transition: 'transform 120ms ease', transform: expanded ? 'rotate(90deg)' : undefined }}
      {...props}
    >
      ▸
    </Box>
  );
}
