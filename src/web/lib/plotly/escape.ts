// plotly.js renders most SVG text (axis titles, cartesian tick labels, legends, colour
// bar titles, parcoords axis labels) through a small HTML-like markup: <b>, <i>, <br>,
// <a href>, <span style> and entities. User strings must show exactly as typed, so they
// are turned into entities that plotly decodes back into the literal characters.
//
// Other text paths differ. Parcoords tick labels are plain SVG text: pass them as typed.
// The 3D scene draws its titles and tick labels onto WebGL with its own small markup
// (<b>, <i>, <sup>, <sub>, <br>) and no entities, so there escapeSceneText breaks tags
// with an invisible character instead.

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text for plotly places that interpret markup: shows `<b>x</b>` as typed. */
export function escapePlotlyText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITY[char] ?? char);
}

/** U+200B ZERO WIDTH SPACE: invisible, but stops "<b>" from reading as a tag. */
const ZERO_WIDTH_SPACE = '\u200b';

/** Text for the 3D scene's axis titles and tick labels: shows `<b>x</b>` as typed. */
export function escapeSceneText(text: string): string {
  return text.replace(/</g, `<${ZERO_WIDTH_SPACE}`);
}
