/** Paths for the few icons the app uses (24×24, stroked), drawn inline so nothing is fetched. */
const PATHS = {
  edit: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  /** Three bars: the sidebar's menu, where it stands above the content. */
  menu: 'M4 7h16M4 12h16M4 17h16',
  /** A bookmark with a plus: "keep this for later" (save as template). */
  template: 'M6 3h12v18l-6-4-6 4zM12 7v6M9 10h6',
} as const;

export type IconName = keyof typeof PATHS;

/** The app's base text size in px (base.css): `size` is what an icon measures at it. */
const BASE_TEXT_PX = 15;

/**
 * A decorative icon; the button around it carries the accessible name. Sized in rem, so it grows
 * with the text (large text, a projector's root size) as the buttons around it do.
 */
export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  const length = `${size / BASE_TEXT_PX}rem`;
  return (
    <svg
      width={length}
      height={length}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
