/**
 * Zoom and pan as pure viewBox arithmetic, used by the map's client script:
 * zooming shrinks the viewBox around a fixed point, panning moves it, and
 * both keep the view inside the map so it can never be lost off-screen.
 */

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Furthest zoom: one eighth of the map's width across the view. */
export const MAX_ZOOM = 8;
/** One button press or key press zooms by this factor. */
export const ZOOM_STEP = 1.5;
/** One pan step moves the view by this share of its size. */
export const PAN_STEP = 0.2;

export function zoomLevel(view: ViewBox, base: ViewBox): number {
  return base.width / view.width;
}

/** Keep the view within the map: never larger than it, never beyond its edges. */
export function clampView(view: ViewBox, base: ViewBox): ViewBox {
  const width = Math.min(base.width, Math.max(base.width / MAX_ZOOM, view.width));
  const height = (width * base.height) / base.width;
  const x = Math.min(base.x + base.width - width, Math.max(base.x, view.x));
  const y = Math.min(base.y + base.height - height, Math.max(base.y, view.y));
  return { x, y, width, height };
}

/** Zoom by `factor` (> 1 zooms in) keeping the map point `[px, py]` where it is on screen. */
export function zoomAt(view: ViewBox, base: ViewBox, factor: number, [px, py]: readonly [number, number]): ViewBox {
  const level = Math.min(MAX_ZOOM, Math.max(1, zoomLevel(view, base) * factor));
  const width = base.width / level;
  const height = (width * base.height) / base.width;
  const scale = width / view.width;
  return clampView({ x: px - (px - view.x) * scale, y: py - (py - view.y) * scale, width, height }, base);
}

/** Zoom about the centre of the view. */
export function zoomCentre(view: ViewBox, base: ViewBox, factor: number): ViewBox {
  return zoomAt(view, base, factor, [view.x + view.width / 2, view.y + view.height / 2]);
}

/** Move the view by dx, dy map units. */
export function pan(view: ViewBox, base: ViewBox, dx: number, dy: number): ViewBox {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, base);
}

/** Move the view by a step in a direction, e.g. [-1, 0] for left. */
export function panStep(view: ViewBox, base: ViewBox, [sx, sy]: readonly [number, number]): ViewBox {
  return pan(view, base, sx * view.width * PAN_STEP, sy * view.height * PAN_STEP);
}

/**
 * Bring a box (map units) into view, e.g. a marker reached by Tab: if it is
 * not already inside the view with a margin, centre the view on it.
 */
export function revealBox(view: ViewBox, base: ViewBox, box: ViewBox, margin = 8): ViewBox {
  const inside =
    box.x - margin >= view.x &&
    box.y - margin >= view.y &&
    box.x + box.width + margin <= view.x + view.width &&
    box.y + box.height + margin <= view.y + view.height;
  if (inside) return view;
  const x = box.x + box.width / 2 - view.width / 2;
  const y = box.y + box.height / 2 - view.height / 2;
  return clampView({ ...view, x, y }, base);
}

export function formatViewBox({ x, y, width, height }: ViewBox): string {
  const r = (value: number) => Math.round(value * 100) / 100;
  return `${r(x)} ${r(y)} ${r(width)} ${r(height)}`;
}
