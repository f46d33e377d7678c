import {
  Anchor,
  Button,
  NavLink,
  type AnchorProps,
  type ButtonProps,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type AnchorAttrs<P> = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof P | 'color'>;

type MantineAnchorProps = AnchorProps & AnchorAttrs<AnchorProps>;
const MantineAnchor = forwardRef<HTMLAnchorElement, MantineAnchorProps>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
MantineAnchor.displayName = 'MantineAnchor';
const CreatedAnchor = createLink(MantineAnchor);

/** A Mantine Anchor that navigates with the router. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchor {...props} />;

type MantineButtonAnchorProps = ButtonProps & AnchorAttrs<ButtonProps>;
const MantineButtonAnchor = forwardRef<HTMLAnchorElement, MantineButtonAnchorProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
MantineButtonAnchor.displayName = 'MantineButtonAnchor';
const CreatedButton = createLink(MantineButtonAnchor);

/** A Mantine Button that is a link. */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => <CreatedButton {...props} />;

type MantineNavLinkProps = NavLinkProps & AnchorAttrs<NavLinkProps>;
const MantineNavAnchor = forwardRef<HTMLAnchorElement, MantineNavLinkProps>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));
MantineNavAnchor.displayName = 'MantineNavAnchor';
const CreatedNavLink = createLink(MantineNavAnchor);

/** A Mantine NavLink that navigates with the router. */
export const NavLinkItem: LinkComponent<typeof MantineNavAnchor> = (props) => <CreatedNavLink {...props} />;
