"""Given and family names from several regions, for the sample dossier's people."""

from __future__ import annotations

from typing import NamedTuple


class NamePool(NamedTuple):
    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[str, ...]


REGIONS: dict[str, NamePool] = {
    "west_africa": NamePool(
        ("Aminata", "Fatoumata", "Adaeze", "Abena", "Mariama", "Ngozi", "Awa", "Efua"),
        ("Kwame", "Ousmane", "Chinedu", "Moussa", "Kofi", "Babacar", "Yaw", "Ibrahima"),
        ("Diallo", "Mensah", "Okafor", "Traoré", "Boateng", "Ndiaye", "Adeyemi", "Keïta"),
    ),
    "east_africa": NamePool(
        ("Wanjiru", "Amani", "Nyokabi", "Halima", "Achieng", "Zawadi", "Makena", "Saida"),
        ("Baraka", "Otieno", "Juma", "Kipchoge", "Mwangi", "Tesfaye", "Abdi", "Okello"),
        ("Kamau", "Odhiambo", "Mutua", "Wekesa", "Njoroge", "Haile", "Nyerere", "Mollel"),
    ),
    "arab_world": NamePool(
        ("Fatima", "Layla", "Mariam", "Nour", "Huda", "Salma", "Rania", "Yasmin"),
        ("Ahmed", "Omar", "Khalid", "Youssef", "Hassan", "Tariq", "Karim", "Samir"),
        ("Al-Hashimi", "Haddad", "Mansour", "El-Sayed", "Khoury", "Nasser", "Bakri", "Saleh"),
    ),
    "latin_america": NamePool(
        ("María José", "Lucía", "Valentina", "Camila", "Gabriela", "Ana Paula", "Rosa", "Inés"),
        ("José Luis", "Carlos", "Mateo", "Diego", "Andrés", "João", "Rafael", "Tomás"),
        ("González", "Rodríguez", "Fernández", "Silva", "Pereira", "Morales", "Herrera", "Souza"),
    ),
    "eastern_europe": NamePool(
        ("Olga", "Irina", "Katarzyna", "Natalia", "Milena", "Svetlana", "Ana", "Jelena"),
        ("Dmitri", "Pavel", "Tomasz", "Nikola", "Andrei", "Marek", "Bogdan", "Ivan"),
        ("Kovač", "Babić", "Petrović", "Novak", "Popescu", "Horváth", "Lazarević", "Marković"),
    ),
    "asia": NamePool(
        ("Mei", "Priya", "Siti", "Hoa", "Ananya", "Nurul", "Yuki", "Ji-woo"),
        ("Wei", "Arjun", "Budi", "Minh", "Rahul", "Haruto", "Jun", "Farhan"),
        ("Chen", "Sharma", "Santoso", "Nguyen", "Rahman", "Tanaka", "Park", "Wong"),
    ),
}

TITLES: tuple[str, ...] = (
    "Director of Legal Affairs",
    "Deputy Director, Arms Control Division",
    "Senior Policy Adviser",
    "Head of Planning and Research",
    "Chief Inspector",
    "Programme Officer",
    "Permanent Secretary",
    "Head of Department, International Cooperation",
    "Technical Adviser on Small Arms",
    "Gender Focal Point",
    "Legal Officer",
    "Colonel, Logistics Command",
)
