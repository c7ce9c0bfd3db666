// A PNG of what is on screen: sigma draws on several stacked canvases (edges, nodes,
// labels, hover); redraw synchronously, then flatten them onto one white canvas in the
// same task, before WebGL clears its buffers.
import type Sigma from 'sigma';

/** @example const canvas = flattenSigma(renderer); canvas.toBlob(save, 'image/png'); */
export function flattenSigma(renderer: Sigma): HTMLCanvasElement {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const canvas of Object.values(renderer.getCanvases())) {
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return output;
}

/** Saves the flattened view as `conflict-kg.png`. */
export function downloadPng(renderer: Sigma, name = 'conflict-kg.png'): void {
  flattenSigma(renderer).toBlob((blob) => {
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }, 'image/png');
}
