"""Synthetic platform traffic: what the platform services would publish, at a steady rate.

Deterministic for a given seed. Candidates register, fill their profiles, upload CVs in
English and French (some mentioning special categories, as real CVs do), grant and
withdraw consent; clients request profiles; visitors accept or refuse cookies, view
pages and search. All names, e-mails and phone numbers are invented.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterator

from schemas import catalogue as cat

FIRST = ["Camille", "Léa", "Hugo", "Nadia", "Thomas", "Sofia", "Karim", "Emma", "Lucas", "Inès",
         "Oliver", "Amelia", "Noah", "Priya", "Jonas", "Chloé", "Mehdi", "Zoé", "Arthur", "Maya"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Smith", "Jones", "Taylor", "Nguyen",
        "Haddad", "Rossi", "Fischer", "Garcia", "Lefèvre", "O'Brien", "Petit", "Kowalski", "Diallo"]
CITIES = [("Paris", "Île-de-France", "FR"), ("Lyon", "Auvergne-Rhône-Alpes", "FR"),
          ("Marseille", "Provence-Alpes-Côte d'Azur", "FR"), ("Lille", "Hauts-de-France", "FR"),
          ("Nantes", "Pays de la Loire", "FR"), ("Bordeaux", "Nouvelle-Aquitaine", "FR"),
          ("Toulouse", "Occitanie", "FR"), ("Amsterdam", "North Holland", "NL"),
          ("Brussels", "Brussels-Capital", "BE"), ("Berlin", "Berlin", "DE")]
JOBS = [("Data engineer", "IT"), ("Nurse", "Health care"), ("Store manager", "Retail"),
        ("Warehouse team leader", "Logistics"), ("Accountant", "Finance"), ("Paralegal", "Legal"),
        ("Chef de partie", "Hospitality"), ("Site foreman", "Construction"), ("Teacher", "Education"),
        ("Policy officer", "Public sector"), ("Développeur Java", "IT"), ("Aide-soignante", "Health care")]
SKILLS = ["Python", "SQL", "Kafka", "Excel", "SAP", "customer service", "team leadership",
          "forklift licence", "French", "English", "project management", "Java", "HACCP", "AutoCAD"]
EDUCATION = ["none", "secondary", "vocational", "bachelor", "master", "doctorate"]
CONTRACTS = ["permanent", "fixed_term", "freelance", "internship", "temporary"]
ACTIVITIES = ["login", "application", "message", "profile_update", "email_click"]
PATHS = ["/", "/jobs", "/jobs/{n}", "/jobs/{n}/apply", "/companies/{n}", "/profile", "/search", "/blog/{n}"]
QUERIES = ["data engineer", "infirmière", "remote python", "chef de projet", "cariste lyon",
           "comptable", "nurse night shift", "développeur java", "stage marketing", "teacher"]

EN_CV = [
    "{name}\n{email} | {phone}\n\nEXPERIENCE\n{job} at {employer}, {y1}-{y2}\n- Led a team of {n} people; {skill} and {skill2}.\n\nEDUCATION\n{degree}, {school}\n\nOTHER\n{extra}",
    "Curriculum vitae - {name}\nContact: {email}\nProfile: {job} with {n} years of experience in {skill}.\nWork history: {employer} ({y1}-{y2}).\nSkills: {skill}, {skill2}.\n{extra}",
]
FR_CV = [
    "{name}\n{email} - {phone}\n\nEXPÉRIENCE\n{job} chez {employer}, {y1}-{y2}\n- Encadrement d'une équipe de {n} personnes ; {skill}, {skill2}.\n\nFORMATION\n{degree}, {school}\n\nDIVERS\n{extra}",
    "CV - {name}\nCourriel : {email}\nProfil : {job}, {n} ans d'expérience en {skill}.\nParcours : {employer} ({y1}-{y2}).\nCompétences : {skill}, {skill2}.\n{extra}",
]
EN_EXTRA = ["Hobbies: running, chess.", "Married, two children.", "Born 12 March 1988.",
            "Shop steward for Unite since 2019.", "Volunteer at my local mosque.",
            "Type 1 diabetic, fully autonomous.", "Member of the Green Party.", "Languages: English, Spanish.",
            "Clean criminal record.", "Openly gay, co-chair of the LGBT+ network.", ""]
FR_EXTRA = ["Loisirs : randonnée, photographie.", "Mariée, deux enfants.", "Née le 3 avril 1991.",
            "Déléguée syndicale CFDT.", "Catholique pratiquant.", "Reconnaissance RQTH depuis 2020.",
            "Militant écologiste (EELV).", "Permis B.", "Casier judiciaire vierge.", ""]
EMPLOYERS = ["Union Pacific", "Christian Dior Couture", "Hôpital Necker", "Decathlon", "Capgemini",
             "St Mary's Hospital", "Carrefour", "Crédit Agricole", "Parti Pris Studio", "DHL"]
DEGREES = ["MSc Computer Science", "BTS Comptabilité", "Licence de droit", "BA Economics", "CAP Cuisine"]
SCHOOLS = ["Université de Lyon", "University of Leeds", "IUT de Nantes", "Sorbonne Université", "KU Leuven"]


@dataclass
class Population:
    """What the simulator remembers so that later events refer to real earlier ones."""

    candidates: list[str] = field(default_factory=list)
    clients: list[str] = field(default_factory=list)
    visitors: list[str] = field(default_factory=list)


class TrafficGenerator:
    def __init__(self, seed: int = 1, *, clients: int = 20, start: datetime | None = None) -> None:
        self.rng = random.Random(seed)
        self.pop = Population(clients=[f"client-{i:03d}" for i in range(clients)])
        self.now = start or datetime.now(timezone.utc)
        self._uuid_rng = random.Random(seed * 7919 + 1)

    def _id(self) -> str:
        return str(uuid.UUID(int=self._uuid_rng.getrandbits(128), version=4))

    def _base(self, record: str) -> dict:
        return {"type": record, "event_id": self._id(), "occurred_at": self.now, "source": "simulator"}

    def events(self, count: int | None = None) -> Iterator[tuple[str, dict]]:
        """Yield (topic, event) pairs forever (or ``count`` of them)."""
        produced = 0
        while count is None or produced < count:
            self.now += timedelta(milliseconds=self.rng.randint(1, 50))
            for topic, event in self._next():
                yield topic, event
                produced += 1
                if count is not None and produced >= count:
                    return

    def _next(self) -> list[tuple[str, dict]]:
        r = self.rng.random()
        if not self.pop.candidates or r < 0.12:
            return self._register()
        cid = self.rng.choice(self.pop.candidates)
        if r < 0.22:
            return [(cat.CANDIDATE_EVENTS, self._profile(cid))]
        if r < 0.27:
            return [(cat.CANDIDATE_EVENTS, self._cv(cid))]
        if r < 0.35:
            return [(cat.CANDIDATE_EVENTS, self._consent(cid, granted=self.rng.random() < 0.8))]
        if r < 0.48:
            return [(cat.CLIENT_EVENTS, self._share_request(cid))]
        if r < 0.55:
            return [(cat.CANDIDATE_EVENTS, {**self._base("ActivityRecorded"), "candidate_id": cid,
                                            "activity": self.rng.choice(ACTIVITIES)})]
        if r < 0.56:
            return [(cat.CANDIDATE_EVENTS, {**self._base("AccountClosed"), "candidate_id": cid})]
        if r < 0.565:
            return [(cat.CANDIDATE_EVENTS, {**self._base("NegativeDecisionReceived"), "candidate_id": cid,
                                            "client_id": self.rng.choice(self.pop.clients)})]
        return self._analytics()

    def _register(self) -> list[tuple[str, dict]]:
        cid = f"cand-{self._id()[:8]}"
        self.pop.candidates.append(cid)
        city, region, country = self._skewed(CITIES)
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        event = {**self._base("CandidateRegistered"), "candidate_id": cid,
                 "email": f"{first.lower()}.{last.lower()}@example.org".replace("'", ""),
                 "first_name": first, "last_name": last, "phone": f"+33 6 {self.rng.randint(10, 99)} "
                 f"{self.rng.randint(10, 99)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
                 "city": city, "region": region, "country": country,
                 "locale": "fr" if country in ("FR", "BE") and self.rng.random() < 0.7 else "en"}
        return [(cat.CANDIDATE_EVENTS, event)]

    def _skewed(self, items: list) -> object:
        """Real platforms are skewed (a few sectors and cities dominate): Zipf-like weights."""
        return self.rng.choices(items, weights=[1 / (i + 1) for i in range(len(items))])[0]

    def _profile(self, cid: str) -> dict:
        job, sector = self._skewed(JOBS)
        city, region, country = self._skewed(CITIES)
        return {**self._base("ProfileUpdated"), "candidate_id": cid, "job_title": job, "sector": sector,
                "years_experience": self.rng.randint(0, 30), "skills": self.rng.sample(SKILLS, 3),
                "education_level": self._skewed(["bachelor", "master", "vocational", "secondary", "doctorate", "none"]),
                "contract_types": [self._skewed(CONTRACTS), self.rng.choice(CONTRACTS)],
                "salary_expectation": self.rng.randrange(22_000, 90_000, 1000), "city": city,
                "region": region, "country": country,
                "birth_date": (datetime(1960, 1, 1) + timedelta(days=self.rng.randint(0, 15000))).date(),
                "gender": self.rng.choice(["female", "male", "non-binary", None]),
                "hobbies": self.rng.choice(["hiking", "choir at church", "trade union choir", None])}

    def _cv(self, cid: str) -> dict:
        french = self.rng.random() < 0.45
        template = self.rng.choice(FR_CV if french else EN_CV)
        job, _ = self.rng.choice(JOBS)
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        y1 = self.rng.randint(2000, 2018)
        text = template.format(
            name=f"{first} {last}", email=f"{first.lower()}@example.net", phone="+33 6 12 34 56 78",
            job=job, employer=self.rng.choice(EMPLOYERS), y1=y1, y2=y1 + self.rng.randint(1, 6),
            n=self.rng.randint(2, 15), skill=self.rng.choice(SKILLS), skill2=self.rng.choice(SKILLS),
            degree=self.rng.choice(DEGREES), school=self.rng.choice(SCHOOLS),
            extra=self.rng.choice(FR_EXTRA if french else EN_EXTRA))
        event = {**self._base("CvUploaded"), "candidate_id": cid, "cv_id": f"cv-{self._id()[:8]}", "text": text}
        if self.rng.random() < 0.5:
            event["language"] = "fr" if french else "en"
        return event

    def _consent(self, cid: str, granted: bool) -> dict:
        purpose = self.rng.choices(["share_with_client", "cv_library", "marketing", "surveys"], [6, 2, 1, 1])[0]
        client = self.rng.choice(self.pop.clients) if purpose == "share_with_client" else None
        return {**self._base("ConsentGranted" if granted else "ConsentWithdrawn"), "candidate_id": cid,
                "purpose": purpose, "client_id": client, "proof": "web form v3"}

    def _share_request(self, cid: str) -> dict:
        return {**self._base("ProfileShareRequested"), "request_id": f"req-{self._id()[:12]}",
                "client_id": self.rng.choice(self.pop.clients), "candidate_id": cid,
                "job_id": f"job-{self.rng.randint(1, 500)}", "purpose": "recruitment"}

    def _analytics(self) -> list[tuple[str, dict]]:
        if not self.pop.visitors or self.rng.random() < 0.1:
            vid = f"vis-{self._id()[:10]}"
            self.pop.visitors.append(vid)
            allow = self.rng.random() < 0.7
            return [(cat.ANALYTICS_EVENTS, {**self._base("CookieConsentChanged"), "visitor_id": vid,
                                            "analytics": allow, "advertising": allow and self.rng.random() < 0.5,
                                            "functional": True})]
        vid = self.rng.choice(self.pop.visitors)
        r = self.rng.random()
        if r < 0.7:
            path = self.rng.choice(PATHS).format(n=self.rng.randint(1, 9999))
            return [(cat.ANALYTICS_EVENTS, {**self._base("PageViewed"), "visitor_id": vid, "path": path,
                                            "ip": f"192.0.2.{self.rng.randint(1, 254)}", "user_agent": "Mozilla/5.0"})]
        if r < 0.95:
            return [(cat.ANALYTICS_EVENTS, {**self._base("SearchPerformed"), "visitor_id": vid,
                                            "query": self.rng.choice(QUERIES), "results_count": self.rng.randint(0, 300)})]
        return [(cat.ANALYTICS_EVENTS, {**self._base("EmailClicked"), "visitor_id": vid,
                                        "campaign_id": f"camp-{self.rng.randint(1, 12)}"})]
