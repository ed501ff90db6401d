/** An inverter as Solar Proof labels it in `inverter_type`, with its AC rating. */
export interface InverterModel {
  /** e.g. `Zeversolar 4kW (TLC4000)` */
  readonly label: string;
  readonly kw: number;
}

/** Every inverter the seed uses, smallest first. */
export const inverterModels: readonly InverterModel[] = [
  { label: 'Zeversolar 3kW (TLC3000)', kw: 3 },
  { label: 'Zeversolar 4kW (TLC4000)', kw: 4 },
  { label: 'Fronius Primo 5.0-1 (5kW)', kw: 5 },
  { label: 'SMA Sunny Boy 5.0 (SB5.0-1AV-41)', kw: 5 },
  { label: 'Goodwe 5kW (GW5000-NS)', kw: 5 },
  { label: 'Sungrow 6kW (SG6K-D)', kw: 6 },
  { label: 'Sungrow 8kW (SG8K-D)', kw: 8 },
  { label: 'Fronius Primo 8.2-1 (8.2kW)', kw: 8.2 },
  { label: 'Goodwe 10kW (GW10K-DT)', kw: 10 },
  { label: 'Fronius Symo 10.0-3-M (10kW)', kw: 10 },
  { label: 'Sungrow 15kW (SG15KTL-M)', kw: 15 },
  { label: 'SMA Australia 20kW (STP20000TL-30)', kw: 20 },
  { label: 'SMA Australia 25kW (STP25000TL-30)', kw: 25 },
  { label: 'Fronius Tauro 50kW (TAURO 50-3-D)', kw: 50 },
  { label: 'Huawei 100kW (SUN2000-100KTL-M1)', kw: 100 },
];

/**
 * The CEC lets panels exceed the inverter's rating by a third, so an inverter "fits" a system when
 * quantity * kW * 1.33 >= the system's kW.
 */
export const MAX_OVERSIZING = 1.33;
