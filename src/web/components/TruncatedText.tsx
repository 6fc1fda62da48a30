import { textLength } from '../../shared/metadata';

/** Cuts text longer than `max` code points; the whole text stays readable on hover. */
export function truncateText(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  return `${[...text].slice(0, Math.max(1, max - 1)).join('')}…`;
}

interface Props {
  text: string;
  /** Longest text shown whole, in characters; defaults to 40. */
  max?: number;
  className?: string;
}

/** User text (names, metadata) rendered as text, cut when long, full value in the title. */
export function TruncatedText({ text, max = 40, className }: Props) {
  const shown = truncateText(text, max);
  return (
    <span className={className} title={shown === text ? undefined : text}>
      {shown}
    </span>
  );
}
