import { List, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { legalBlocks } from '../model';

/**
 * A legal text as paragraphs, subheadings and lists. It is rendered as text only: markup that
 * an admin typed is shown, never run.
 */
export function LegalText({ text, lang }: { text: string; lang?: string }) {
  const blocks = useMemo(() => legalBlocks(text), [text]);
  return (
    <div lang={lang}>
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'heading':
            return (
              <Title key={i} order={b.level} size={b.level === 2 ? 'h3' : 'h4'} mt="lg" mb="xs">
                {b.text}
              </Title>
            );
          case 'list':
            return (
              <List key={i} mb="md" spacing={4}>
                {b.items.map((item, j) => (
                  <List.Item key={j}>{item}</List.Item>
                ))}
              </List>
            );
          default:
            return (
              <Text key={i} mb="md" style={{ overflowWrap: 'anywhere' }}>
                {b.lines.map((line, j) => (
                  <Fragment key={j}>
                    {j > 0 && <br />}
                    {line}
                  </Fragment>
                ))}
              </Text>
            );
        }
      })}
    </div>
  );
}
