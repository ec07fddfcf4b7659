"""Category shorthands and a tiny recorder; the CV texts themselves are literal strings."""
H = "health"
R = "religious_belief"
P = "political_opinion"
U = "trade_union"
E = "ethnic_origin"
S = "sexual_orientation"
C = "criminal_record"
G = "genetic_biometric"
A = "date_of_birth_age"
F = "family_status"


class Book:
    def __init__(self):
        self.cvs = []

    def add(self, text, sensitive, keep, contact):
        self.cvs.append({
            "text": text.strip("\n"),
            "sensitive": [{"category": c, "text": t} for c, t in sensitive],
            "keep": list(keep),
            "contact": list(contact),
        })
