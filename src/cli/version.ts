/** The version `neurocanvas --version` prints and written files record. */
export const VERSION = '0.1.0';
