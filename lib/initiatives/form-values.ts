import type { InitiativeForm } from "./queries";

// The initiative form's starting values: in a plain module, because a server page cannot read
// values (only components) exported by a "use client" file.
export type FormValues = InitiativeForm["values"];

export const EMPTY_VALUES: FormValues = {
  name: "",
  type: "",
  organisationId: "",
  hostName: "",
  country: "",
  city: "",
  cityId: "",
  address: "",
  lat: "",
  lng: "",
  sensitive: false,
  languages: [],
  targetGroups: [],
  schedule: "",
  contact: "",
  website: "",
  description: "",
  lang: "en",
};
