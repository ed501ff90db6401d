/** A solar panel as Solar Proof labels it in `solar_panel_type`. */
export interface PanelModel {
  /** e.g. `320W - SUNPOWER - (SPR-E19-320)` */
  readonly label: string;
  readonly watts: number;
}

const panel = (watts: number, brand: string, model: string): PanelModel => ({
  label: `${watts}W - ${brand} - (${model})`,
  watts,
});

/** Panels sold for homes and small businesses. */
export const residentialPanels: readonly PanelModel[] = [
  panel(320, 'SUNPOWER', 'SPR-E19-320'),
  panel(390, 'LONGi', 'LR4-60HPH-390M'),
  panel(400, 'Jinko', 'JKM400M-54HL4-V'),
  panel(400, 'Q CELLS', 'Q.PEAK DUO ML-G10+ 400'),
  panel(415, 'Trina Solar', 'TSM-DE09.08'),
  panel(430, 'Canadian Solar', 'CS6R-430T'),
  panel(440, 'REC', 'REC440AA Pure-R'),
];

/** Larger-format panels used on large-scale (ground-mount, warehouse) systems. */
export const largeScalePanels: readonly PanelModel[] = [
  panel(545, 'Trina Solar', 'TSM-DE19'),
  panel(550, 'LONGi', 'LR5-72HPH-550M'),
  panel(550, 'Jinko', 'JKM550M-72HL4-V'),
];
