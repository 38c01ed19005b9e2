"""The fixed vocabularies of the domain, stored by their Dutch values."""

from __future__ import annotations

import enum


class GoalLevel(enum.StrEnum):
    AMBITIE = "ambitie"
    STRATEGISCH = "strategisch"
    OPERATIONEEL = "operationeel"
    PROJECT = "project"


class ThemeKind(enum.StrEnum):
    THEMAGROEP = "themagroep"
    REGIO_OPGAVE = "regio-opgave"
    COORDINATIETEAM = "coördinatieteam"
    OVERKOEPELEND = "overkoepelend"


class Precision(enum.StrEnum):
    YEAR = "jaar"
    QUARTER = "kwartaal"
    MONTH = "maand"
    DATE = "datum"


class MilestoneStatus(enum.StrEnum):
    GEPLAND = "gepland"
    LOOPT = "loopt"
    GEREED = "gereed"
    VERTRAAGD = "vertraagd"
    VERVALLEN = "vervallen"


class Light(enum.StrEnum):
    GROEN = "groen"
    ORANJE = "oranje"
    ROOD = "rood"


class OrgKind(enum.StrEnum):
    GEMEENTE = "gemeente"
    ZORGVERZEKERAAR = "zorgverzekeraar"
    ZORGKANTOOR = "zorgkantoor"
    PROVINCIE = "provincie"
    GGD = "GGD"
    VVT = "VVT"
    GGZ = "GGZ"
    ZIEKENHUIS = "ziekenhuis"
    HUISARTSEN = "huisartsen"
    GEHANDICAPTENZORG = "gehandicaptenzorg"
    WELZIJN = "welzijn"
    ONDERWIJS = "onderwijs"
    INWONERSORGANISATIE = "inwonersorganisatie"
    OVERIG = "overig"


class Coalition(enum.StrEnum):
    LEIDEND = "leidend"
    BREED = "breed"


class RoleKind(enum.StrEnum):
    TREKKER = "trekker"
    INITIATIEFNEMER = "initiatiefnemer"
    BETROKKEN = "betrokken"
    FINANCIER = "financier"
    GEINFORMEERD = "geïnformeerd"


class FundingStatus(enum.StrEnum):
    TOEGEZEGD = "toegezegd"
    BEOOGD = "beoogd"


class MemberRole(enum.StrEnum):
    VOORZITTER = "voorzitter"
    SECRETARIS = "secretaris"
    LID = "lid"
    AGENDALID = "agendalid"


class MinutesStatus(enum.StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"


class ItemKind(enum.StrEnum):
    INFORMATIE = "ter informatie"
    BESPREKING = "ter bespreking"
    BESLUITVORMING = "ter besluitvorming"
    HAMERSTUK = "hamerstuk"


class Attendance(enum.StrEnum):
    AANWEZIG = "aanwezig"
    AFGEMELD = "afgemeld"
    AFWEZIG = "afwezig"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    GEREED = "gereed"
    VERVALLEN = "vervallen"


class InitiativeKind(enum.StrEnum):
    INSPIREREND = "inspirerend initiatief"
    OMGEVINGSBEELD = "omgevingsbeeld"
