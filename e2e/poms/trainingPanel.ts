/** The Training tab of the designer, as a user sees it. */
import { expect, type Locator, type Page } from '@playwright/test';

export class TrainingPanel {
  constructor(readonly page: Page) {}

  // Locators
  get tab(): Locator {
    return this.page.getByRole('tab', { name: 'Training' });
  }
  get dataset(): Locator {
    return this.page.getByRole('combobox', { name: 'Dataset' });
  }
  button(name: 'Train' | 'Pause' | 'Resume' | 'Step' | 'Stop'): Locator {
    return this.page
      .getByRole('group', { name: 'Training controls' })
      .getByRole('button', { name, exact: true });
  }
  get status(): Locator {
    return this.page.getByRole('status', { name: 'Training status' });
  }
  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Training progress' });
  }
  get lossChart(): Locator {
    return this.page.getByRole('figure', { name: 'Loss chart' });
  }
  get accuracyChart(): Locator {
    return this.page.getByRole('figure', { name: 'Accuracy chart' });
  }
  get boundary(): Locator {
    return this.page.getByRole('img', { name: 'Decision boundary' });
  }
  setting(name: string): Locator {
    return this.page
      .getByRole('group', { name: 'Training settings' })
      .getByRole('spinbutton', { name });
  }

  // Actions
  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.dataset).toBeVisible();
  }

  // Queries
  /** How many points the loss chart has drawn so far. */
  async lossPoints(): Promise<number> {
    return Number((await this.lossChart.getAttribute('data-points')) ?? 0);
  }
}
