/** The PacketCaptureConfig controller and its CRD (apps/hub/README.md, "PacketCaptureConfig"). */
export { CaptureConfigController, type ControllerOptions } from './controller.js';
export { PACKET_CAPTURE_CONFIG_CRD, PACKET_CAPTURE_CONFIG_RBAC_RULES } from './crd.js';
export { clusterSource, ClusterConfigError, describeSource, loadClusterConfig, type ClusterSource } from './kubeconfig.js';
export { checkSpec, jobFor, TEXT_REFUSED } from './spec.js';
export { LIMITS, PCC, PCC_PATH, type PacketCaptureConfig, type PacketCaptureConfigSpec, type PacketCaptureConfigStatus } from './types.js';
