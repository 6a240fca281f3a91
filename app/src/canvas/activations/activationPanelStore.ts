/** Which node's activations the panel shows, by node name; null while it is closed. */
import { createStore, useStore } from 'zustand';

export const activationPanel = createStore<{ name: string | null }>()(() => ({ name: null }));

export const openActivations = (name: string): void => activationPanel.setState({ name });
export const closeActivations = (): void => activationPanel.setState({ name: null });
export const useActivationPanel = (): string | null => useStore(activationPanel, (s) => s.name);
