export { SandboxModule } from './sandbox.module';
export { SandboxEnv } from './sandbox.env';
export { demoCredentials } from './sandbox.options';
export type { SandboxOptions } from './sandbox.options';
export { Simulator } from './sim/simulator.service';
export { FAULT_TYPES } from './sim/fault';
export type { Fault, FaultType } from './sim/fault';
export type { SimState, SimProgress } from './sim/sim-state';
export { SIM_KIND_NAMES } from './kinds/sim-kinds.list';
