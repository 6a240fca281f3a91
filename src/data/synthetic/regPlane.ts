/**
 * Plane: a regression target that rises evenly towards the upper right, y = (x₁ + x₂) / 10. A
 * single linear unit fits it exactly.
 */
import { playgroundRegression } from './playgroundRegression';

/** The target: x₁ + x₂ over [−10, 10] mapped linearly onto [−1, 1], not clamped. */
export function planeValue(x1: number, x2: number): number {
  return (x1 + x2) / 10;
}

export const regPlane = playgroundRegression(
  {
    id: 'reg-plane',
    name: 'Plane',
    description: 'A value that rises evenly with x₁ + x₂: the simplest regression surface.',
  },
  planeValue,
);
