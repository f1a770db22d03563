import { describe, expect, it } from "vitest";
import { toSlug } from "./slug";

describe("addresses from titles", () => {
  it("keeps the letters of every partner language, without their marks", () => {
    expect(toSlug("Café de conversation à Rīga!", 80)).toBe("cafe-de-conversation-a-riga");
    expect(toSlug("Łódź: Żywa Biblioteka", 80)).toBe("lodz-zywa-biblioteka");
    expect(toSlug("Bibliotecă în Iași", 80)).toBe("biblioteca-in-iasi");
    expect(toSlug("Straße der Begegnung", 80)).toBe("strasse-der-begegnung");
  });

  it("romanises Ukrainian titles instead of dropping them", () => {
    expect(toSlug("Мовне кафе", 80)).toBe("movne-kafe");
    expect(toSlug("Розмовний клуб у Житомирі", 80)).toBe("rozmovnyi-klub-u-zhytomyri");
    expect(toSlug("Щедрий вечір, з’їзд, Європа", 80)).toBe("shchedryi-vechir-zizd-ievropa");
    expect(toSlug("QA тест — розмовний клуб", 80)).toBe("qa-test-rozmovnyi-klub");
  });

  it("never ends in a dash, and may be empty for other scripts", () => {
    expect(toSlug("a-b-c-d", 4)).toBe("a-b");
    expect(toSlug("日本語", 80)).toBe("");
  });
});
