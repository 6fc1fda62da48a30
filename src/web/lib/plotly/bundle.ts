// The partial plotly.js build: the core plus only the trace types the Analysis plots
// draw, so the chunk stays a fraction of the full library. Loaded lazily by adapter.ts.
import './global-shim';
// @ts-expect-error plotly.js ships CommonJS sources without type declarations
import Plotly from 'plotly.js/lib/core';
// @ts-expect-error same as above
import scatter from 'plotly.js/lib/scatter';
// @ts-expect-error same as above
import scattergl from 'plotly.js/lib/scattergl';
// @ts-expect-error same as above
import scatter3d from 'plotly.js/lib/scatter3d';
// @ts-expect-error same as above
import parcoords from 'plotly.js/lib/parcoords';

Plotly.register([scatter, scattergl, scatter3d, parcoords]);

export default Plotly as unknown;
