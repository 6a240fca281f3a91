/** The template gallery's lessons and the lesson side panel, as a user sees them. */
import { expect, type Locator, type Page } from '@playwright/test';

export class LessonPanel {
  constructor(readonly page: Page) {}

  // Locators
  get gallery(): Locator {
    return this.page.getByRole('dialog', { name: 'New from template' });
  }
  /** The gallery's list of one lecture topic, e.g. topic(3, 'Logistic regression'). */
  topic(lecture: number, name: string): Locator {
    return this.gallery.getByRole('list', { name: `Lesson ${lecture}: ${name}` });
  }
  /** The side panel; its name is "Lesson", or "Урок" in Russian. */
  panel(name = 'Lesson'): Locator {
    return this.page.getByRole('complementary', { name, exact: true });
  }
  get language(): Locator {
    return this.page.getByRole('combobox', { name: /^(Language|Язык)$/ });
  }

  // Actions
  async openGallery(): Promise<void> {
    await this.page.getByRole('button', { name: 'New from template…' }).click();
    await expect(this.gallery).toBeVisible();
  }
  /** Starts the lesson named `title` from the topic's list in the gallery. */
  async start(lecture: number, topic: string, title: string): Promise<void> {
    await this.openGallery();
    await this.topic(lecture, topic).getByRole('button', { name: title, exact: true }).click();
    await expect(this.gallery).toBeHidden();
    await expect(this.panel()).toBeVisible();
  }

  // Queries
  /** The result the lesson states, read from its panel. */
  async promise(): Promise<string> {
    const result = this.panel().getByRole('heading', { name: 'Result' });
    return (await result.locator('xpath=following-sibling::p[1]').textContent()) ?? '';
  }
}
