import { describe, expect, it } from "vitest";
import { cityName } from "./names";

describe("city names in the reader's language", () => {
  it("names the partner countries' cities as their readers do, and keeps others as entered", () => {
    expect(cityName("IT", "Turin", "it")).toBe("Torino");
    expect(cityName("RO", "Bucharest", "ro")).toBe("București");
    expect(cityName("LV", "Riga", "uk")).toBe("Рига");
    expect(cityName("IT", "Turin", "en")).toBe("Turin");
    expect(cityName("LV", "Sigulda", "it")).toBe("Sigulda");
    // The key is the country and the gazetteer's name: another country's Turin is not Torino.
    expect(cityName("FR", "Turin", "it")).toBe("Turin");
  });
});
