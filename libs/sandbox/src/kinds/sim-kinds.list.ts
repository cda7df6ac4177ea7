import { card3dsSim } from './card-3ds.sim';
import { cryptoApikeySim } from './crypto-apikey.sim';
import { cryptoOauthSim } from './crypto-oauth.sim';
import { cyberpaySim } from './cyberpay.sim';
import { miraclecashSim } from './miraclecash.sim';
import { SimKind } from './sim-kind';

/** Every provider API the sandbox serves; each under its own path prefix, `/<kind>`. */
export const SIM_KINDS: readonly SimKind[] = [miraclecashSim, cryptoApikeySim, card3dsSim, cyberpaySim, cryptoOauthSim];

export const SIM_KIND_NAMES: readonly string[] = SIM_KINDS.map((kind) => kind.kind);

export function simKind(name: string): SimKind | undefined {
  return SIM_KINDS.find((kind) => kind.kind === name);
}
