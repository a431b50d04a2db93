// A leaf module: the app's render-inputs store reads these defaults at startup, and importing
// them from location-targets would put the whole renderer in the app's first chunk.

/** The job name a run is rendered for when none is given. */
export const DEFAULT_JOB_NAME = 'my_job';
/** The deployment name a location is rendered for when none is given. */
export const DEFAULT_DEPLOYMENT_NAME = 'prod';
/** The op name a step is rendered for when none is given. */
export const DEFAULT_OP_NAME = 'my_op';
