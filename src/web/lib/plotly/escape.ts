// plotly.js renders most SVG text (axis titles, cartesian tick labels, legends, colour
// bar titles, parcoords axis labels) through a small HTML-like markup: <b>, <i>, <br>,
// <a href>, <span style> and entities. User strings must show exactly as typed, so they
// are turned into entities that plotly decodes back into the literal characters.
//
// Not every text path goes through that markup: parcoords tick labels and the 3D scene's
// tick labels are drawn as plain text, and escaping those would show "&lt;" literally.
// Callers pick the function matching the place the text is drawn.

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text for plotly places that interpret markup: shows `<b>x</b>` as typed. */
export function escapePlotlyText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITY[char] ?? char);
}
