"""vCards in: every real fixture with what a person sees in it, and the quirks of
the programs that write them (2.1 quoted-printable, charsets, line ends, labels)."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from netjournal.interchange import vcard
from netjournal.journal.incoming import IncomingMethod, IncomingPerson, Parsed


def email(value: str, label: str = "") -> IncomingMethod:
    return IncomingMethod("email", value, label)


def phone(value: str, label: str = "") -> IncomingMethod:
    return IncomingMethod("phone", value, label)


def url(value: str, label: str = "") -> IncomingMethod:
    return IncomingMethod("url", value, label)


def address(value: str, label: str = "") -> IncomingMethod:
    return IncomingMethod("address", value, label)


def fixture(fixtures_dir: Path, name: str) -> Parsed:
    return vcard.read(fixtures_dir / "vcard" / name)


def problems(parsed: Parsed) -> list[str]:
    return [str(p) for p in parsed.problems]


def write(tmp_path: Path, data: bytes | str, name: str = "contacts.vcf") -> Parsed:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return vcard.read(path)


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


def png(width: int, height: int) -> bytes:
    """A real, small PNG of one colour."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


def a_thumbnail(photo: bytes | None) -> QImage:
    assert photo is not None
    assert photo[:8] == b"\x89PNG\r\n\x1a\n" or photo[:3] == b"\xff\xd8\xff"
    image = QImage.fromData(photo)
    assert not image.isNull()
    assert max(image.width(), image.height()) <= 256
    return image


def fields(person: IncomingPerson) -> dict[str, Any]:
    """What a person would read of an incoming person (no photo, no place)."""
    return {
        k: v
        for k, v in person.__dict__.items()
        if k not in ("where", "photo") and v not in ("", (), None)
    }


# --- the fixtures, as they read -------------------------------------------------------


def test_android_export_all_six_cards(fixtures_dir: Path) -> None:
    """vCard 2.1 from Android: quoted-printable UTF-8 over soft line breaks, a blank
    line after a soft break, a broken photo and a stray byte (=80)."""
    parsed = fixture(fixtures_dir, "John_Doe_ANDROID.vcf")
    one, two, three, four, five, six = parsed.people
    assert fields(one) == {"methods": (email("john.doe@company.com"),)}  # no name at all
    assert fields(two) == {"methods": (email("jane.doe@company.com"),)}
    assert fields(three) == {
        "display_name": "Ñ Ñ Ñ Ñ Ñ",
        "family_name": "Ñ Ñ Ñ Ñ",
        "methods": (phone("123456789", "mobile"),),
    }
    note = "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ" + "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ" + "Ñ Ñ Ñ Ñ Ñ"
    assert fields(four) == {
        "display_name": " ".join(["Ñ"] * 11),
        "family_name": " ".join(["Ñ"] * 11),
        "methods": (
            phone("123456", "mobile"),
            phone("234567", "home"),
            phone("3456789", "mobile"),
            phone("45678901", "home"),
        ),
        "notes": f"{note}\n\n{note}",
    }
    assert fields(five) == {
        "display_name": "Ñ Ñ Ñ Ñ",
        "given_name": "Ñ Ñ Ñ",
        "family_name": "Ñ Ñ",
        "organization": "Ñ" * 12,
        "methods": (
            email("bob@company.com", "work"),
            email("Ñ" * 14),  # what the file says; the journal refuses it as an email
            phone("123456", "mobile"),
            phone("123456", "work"),
            phone("123456", "work fax"),
            url("www.company.com"),
            url("http://www.company.com"),
        ),
    }
    assert fields(six) == {
        "display_name": "ÑÑÑÑ",
        "family_name": "ÑÑÑÑ",
        "organization": "Ñ" * 44,
        "methods": (email("henry@company.com"), phone("55556666", "mobile")),
    }
    # "My Contacts" is Android's system group, not a tag of one's own.
    assert all(p.tags == () and p.photo is None for p in parsed.people)
    assert problems(parsed) == [
        "John_Doe_ANDROID.vcf, card 5, line 52: The photo could not be read: its base64 "
        "data is broken or cut short; it was left out.",
        "John_Doe_ANDROID.vcf, card 6, line 82: ORG: some of its bytes are not UTF-8 and "
        "were replaced by “\ufffd”.",
    ]


def test_gmail_export(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "John_Doe_GMAIL.vcf")
    (person,) = parsed.people
    notes = person.notes
    assert fields(person) == {
        "display_name": "Mr. John Richter, James Doe Sr.",
        "given_name": "John",
        "family_name": "Doe",
        "organization": "IBM",
        "role": "Money Counter",
        "methods": (
            email("john.doe@ibm.com", "home"),
            phone("905-555-1234", "mobile"),
            phone("905-666-1234", "home"),
            url("http://www.ibm.com", "work"),
            address(
                "Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345, "
                "United States of America",
                "home",
            ),
        ),
        "birthday": date(1980, 3, 22),
        "notes": notes,
    }
    assert notes.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"'
    )
    assert "WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED" in notes  # commas kept
    assert notes.endswith(
        "EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue"
    )
    assert person.photo is None
    assert parsed.problems == []


def test_iphone_export_with_its_cr_cr_lf_lines_and_photo(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "John_Doe_IPHONE.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Mr. John Richter James Doe Sr.",
        "given_name": "John",
        "family_name": "Doe",
        "nickname": "Johny",
        "organization": "IBM, Accounting",
        "role": "Money Counter",
        "methods": (
            email("john.doe@ibm.com"),
            phone("905-555-1234", "mobile"),
            phone("905-666-1234", "home"),
            phone("905-777-1234", "work"),
            phone("905-888-1234", "home fax"),
            phone("905-999-1234", "work fax"),
            phone("905-111-1234", "pager"),
            phone("905-222-1234", "assistant phone"),  # item2.X-ABLabel:_$!<AssistantPhone>!$_
            url("http://www.ibm.com", "home page"),
            address("Silicon Alley 5, New York, New York, 12345, United States of America", "home"),
            address("Street4, Building 6, Floor 8, New York, 12345, USA", "work"),
        ),
        "birthday": date(2012, 6, 6),
    }
    image = a_thumbnail(person.photo)
    assert (image.width(), image.height()) == (256, 256)  # a 320 by 320 photo, scaled down
    assert parsed.problems == []


def test_outlook_export_blank_lines_and_qp_labels(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "John_Doe_MS_OUTLOOK.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Mr. John Richter James Doe Sr.",
        "given_name": "John",
        "family_name": "Doe",
        "nickname": "Johny",
        "organization": "IBM, Accounting",
        "role": "Money Counter",
        "methods": (
            email("john.doe@ibm.cm"),
            phone("(905) 555-1234", "work"),
            phone("(905) 666-1234", "home"),
            url("http://www.ibm.com", "work"),
            address(
                "Cresent moon drive, Albaney, New York, 12345, United States of America", "work"
            ),
            address("Silicon Alley 5, New York, New York, 12345, United States of America", "home"),
        ),
        "birthday": date(1980, 3, 22),
        "notes": person.notes,
    }
    # A vCard 2.1 note: its commas are text (vobject alone would end it at the first).
    assert person.notes.startswith(
        "THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY EXPRESS OR IMPLIED "
        "WARRANTIES, INCLUDING, BUT NOT LIMITED TO,"
    )
    assert person.notes.endswith("EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.")
    image = a_thumbnail(person.photo)
    assert (image.width(), image.height()) == (32, 26)
    assert parsed.problems == []


def test_outlook_2007_export(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "outlook-2007.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Mr. Michael Angstadt Jr.",
        "given_name": "Michael",
        "family_name": "Angstadt",
        "nickname": "Mike",
        "organization": "TheCompany, TheDepartment",
        "role": "TheJobTitle",
        "methods": (
            email("mike.angstadt@gmail.com"),
            phone("(111) 555-1111", "work"),
            phone("(111) 555-2222", "home"),
            phone("(111) 555-4444", "mobile"),
            phone("(111) 555-3333", "work fax"),
            url("http://mikeangstadt.name", "home"),
            url("http://mikeangstadt.name", "work"),
            address("TheOffice, 222 Broadway, New York, NY, 99999, USA", "work"),
        ),
        "birthday": date(1922, 3, 10),
        "notes": "This is the NOTE field\t\n"
        "I assume it encodes this text inside a NOTE vCard type.\n"
        "But I'm not sure because there's text formatting going on here.\n"
        "It does not preserve the formatting",
    }
    a_thumbnail(person.photo)
    assert parsed.problems == []


def test_fullcontact_4_0_export_and_its_photo_links(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "fullcontact.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Prefix FirstName MiddleName LastName Suffix",
        "given_name": "FirstName",
        "family_name": "LastName",
        "nickname": "NickName",
        "organization": "Organization1, Department1",
        "role": "Title1",
        "methods": (
            email("home@example.com", "home"),
            email("work@example.com", "work"),
            email("school@example.com", "school"),
            email("other@example.com", "other"),
            email("custom@example.com", "customtype"),
            phone("555-555-1111", "home"),
            phone("555-555-1112", "work"),
            phone("555-555-1113", "mobile"),
            phone("555-555-1114", "mobile"),
            phone("555-555-1115"),
            phone("555-555-1116", "home fax"),
            phone("555-555-1117", "work fax"),
            phone("555-555-1118"),
            phone("555-555-1119"),
            url("http://www.homepage.com"),
            url("http://www.blog.com"),
            url("http://www.other.com"),
            url("http://www.custom.com"),
            address(
                "HomeExtended, HomeStreet, HomeCity, HomeState, HomePostal, HomeCountry", "home"
            ),
            address(
                "WorkExtended, WorkStreet, WorkCity, WorkState, WorkPostal, WorkCountry", "work"
            ),
            address(
                "OtherExtended, OtherStreet, OtherCity, OtherState, OtherPostal, OtherCountry",
                "other",
            ),
            address(
                "CustomExtended, CustomStreet, CustomCity, CustomState, CustomPostal, "
                "CustomCountry",
                "customtype",
            ),
        ),
        "birthday": date(2016, 8, 1),
        "notes": "Notes line 1\nNotes line 2",
        "tags": ("Tag",),
    }
    assert person.photo is None  # its photos are links: never fetched
    (problem,) = parsed.problems
    assert problem.where.item == "card 1"
    assert problem.where.line == 19
    assert "https://d3m0kzytmr41b1.cloudfront.net" in problem.message
    assert "downloads nothing" in problem.message


def test_gmail_list_three_cards(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "gmail-list.vcf")
    assert [(p.name(), p.given_name, p.family_name, p.emails()) for p in parsed.people] == [
        ("Arnold Smith", "Arnold", "Smith", ["asmithk@gmail.com"]),
        ("Chris Beatle", "Chris", "Beatle", ["chrisy55d@yahoo.com"]),
        ("Doug White", "Doug", "White", ["dwhite@gmail.com"]),
    ]
    assert [str(p.where) for p in parsed.people] == [
        "gmail-list.vcf, card 1, line 1",
        "gmail-list.vcf, card 2, line 7",
        "gmail-list.vcf, card 3, line 13",
    ]
    assert parsed.problems == []


def test_gmail_single_with_every_kind_of_label(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "gmail-single2.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "VCard Test",
        "given_name": "VCard",
        "family_name": "Test",
        "nickname": "TheNickname",
        "organization": "TheCompany",
        "role": "TheJobTitle",
        "methods": (
            email("email@example.com"),
            email("homeemail@example.com", "home"),
            email("workemail@example.com", "work"),
            email("otheremail@example.com"),
            email("customcategory@example.com", "CustomEmailCategory"),
            phone("5555551111"),
            phone("5555551112", "home"),
            phone("5555551113", "work"),
            phone("5555551114"),
            phone("5555551115", "mobile"),
            phone("5555551116", "main"),
            phone("5555551117", "home fax"),
            phone("5555551118", "work fax"),
            phone("5555551119", "Google Voice"),  # Google's GRAND_CENTRAL
            phone("5555551120", "pager"),
            phone("5555551121", "CustomePhoneCategory"),
            url("http://www.example1.com"),
            url("http://www.example2.com", "profile"),
            url("http://www.example3.com", "blog"),
            url("http://www.example4.com", "home page"),
            url("http://www.example5.com", "work"),
            url("http://www.example6.com", "CustomWebsiteCategory"),
            address("111 Main St, NY, New York, 10011"),
            address("112 Main St, NY, New York, 10011", "home"),
            address("113 Main St, NY, New York, 10011", "work"),
            address("114 Main St, NY, New York, 10011"),
            address("115 Main St, NY, New York, 10011", "CustomAddressCategory"),
        ),
        "birthday": date(1912, 6, 23),
        "notes": "note line 1\nnote line 2\nCustomField: field value",
    }
    assert parsed.problems == []


def test_issue114_address_whose_label_has_colons(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "issue114.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Dummy, Dummy",
        "given_name": "Dummy",
        "family_name": "Dummy",
        "organization": "Dummy GmbH",
        "methods": (
            email("dummy.dummy@dummy.com", "home"),
            phone("+49 1234 56789", "mobile"),
            phone("+49 9876 54321", "work"),
            address("BHG01, Dummy-Dummy-Strasse 1, Bad Homburg, 61352, Germany", "work"),
        ),
    }
    assert parsed.problems == []


def test_rfc6350_example(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "rfc6350-example.vcf")
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Simon Perreault",
        "given_name": "Simon",
        "family_name": "Perreault",
        "organization": "Viagenie",
        "methods": (
            email("simon.perreault@viagenie.ca", "work"),
            phone("+1-418-656-9254 ext. 102", "work"),
            phone("+1-418-262-6501", "work mobile"),
            url("http://nomis80.org", "home"),
            address("Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada", "work"),
        ),
    }
    assert problems(parsed) == [
        "rfc6350-example.vcf, card 1, line 5: The birthday “--0203” has no year; the journal "
        "keeps whole dates, so it was left out."
    ]


def test_every_fixture_reads_with_what_vobject_alone_refuses(fixtures_dir: Path) -> None:
    """vobject alone refuses four of the ten files; here every card comes through."""
    counts = {
        path.name: len(vcard.read(path).people)
        for path in sorted((fixtures_dir / "vcard").glob("*.vcf"))
    }
    assert counts == {
        "John_Doe_ANDROID.vcf": 6,
        "John_Doe_GMAIL.vcf": 1,
        "John_Doe_IPHONE.vcf": 1,
        "John_Doe_MS_OUTLOOK.vcf": 1,
        "fullcontact.vcf": 1,
        "gmail-list.vcf": 3,
        "gmail-single2.vcf": 1,
        "issue114.vcf": 1,
        "outlook-2007.vcf": 1,
        "rfc6350-example.vcf": 1,
    }


# --- quirks, in small files of our own ------------------------------------------------


def test_quoted_printable_in_its_charset_over_soft_line_breaks(tmp_path: Path) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Sch=F6n;J=F6rg\r\n"
        b"FN;CHARSET=ISO-8859-1:J\xf6rg Sch\xf6n\r\n"
        b"NOTE;ENCODING=quoted-printable;CHARSET=ISO-8859-1:Caf=E9 au lait, avec=\r\n"
        b" sucre=0D=0Aet C:\\chemin\r\n"
        b"ORG:A\\;B;C\r\n"
        b"END:VCARD\r\n"
    )
    parsed = write(tmp_path, data)
    (person,) = parsed.people
    assert fields(person) == {
        "display_name": "Jörg Schön",
        "given_name": "Jörg",
        "family_name": "Schön",
        "organization": "A;B, C",  # 2.1: "\;" is a semicolon; the parts joined
        "notes": "Café au lait, avec sucre\net C:\\chemin",  # 2.1: a backslash is itself
    }
    assert parsed.problems == []


def test_a_2_1_writer_that_escapes_commas_anyway(tmp_path: Path) -> None:
    parsed = write(tmp_path, card("FN:Ana", "NOTE:one\\, two, three", version="2.1"))
    assert parsed.people[0].notes == "one, two, three"


def test_a_line_not_in_utf8_without_charset_is_read_as_windows_1252(tmp_path: Path) -> None:
    parsed = write(tmp_path, b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Caf\xe9 \x80\r\nEND:VCARD\r\n")
    assert parsed.people[0].display_name == "Café €"
    assert problems(parsed) == [
        "contacts.vcf, card 1, line 3: FN: it is not UTF-8 and says no charset; it was read "
        "as Windows-1252."
    ]


def test_bom_and_every_kind_of_line_end(tmp_path: Path) -> None:
    text = (
        "\ufeffBEGIN:VCARD\rVERSION:3.0\rFN:Zoë\\, the first\rEND:VCARD\r"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bo\nNOTE:folded\n  over two lines\nEND:VCARD\n"
        "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Cy\r\r\nEND:VCARD\r\r\n"
    )
    parsed = write(tmp_path, text)
    assert [(p.display_name, p.notes, p.where.line) for p in parsed.people] == [
        ("Zoë, the first", "", 1),
        ("Bo", "folded over two lines", 5),
        ("Cy", "", 11),
    ]
    assert parsed.problems == []


def test_a_utf16_file(tmp_path: Path) -> None:
    parsed = write(tmp_path, card("FN:Ünal Çelik", "EMAIL:unal@example.org").encode("utf-16"))
    assert [(p.display_name, p.emails()) for p in parsed.people] == [
        ("Ünal Çelik", ["unal@example.org"])
    ]


def test_unescaped_commas_of_a_3_0_writer_are_kept(tmp_path: Path) -> None:
    parsed = write(tmp_path, card("FN:Ana Silva", "NOTE:Met at the fair, in Porto, in May"))
    assert parsed.people[0].notes == "Met at the fair, in Porto, in May"


def test_categories_become_tags(tmp_path: Path) -> None:
    parsed = write(
        tmp_path, card("FN:Ana", "CATEGORIES:Study group,Mentors", "CATEGORIES:My Contacts,Chess")
    )
    assert parsed.people[0].tags == ("Study group", "Mentors", "Chess")


def test_apple_grouped_labels_win_over_types(tmp_path: Path) -> None:
    parsed = write(
        tmp_path,
        card(
            "FN:Ana",
            "item1.EMAIL;TYPE=INTERNET;TYPE=HOME:ana@example.org",
            "item1.X-ABLabel:Profile",
            "item2.URL:https://example.org/ana",
            "item2.X-ABLabel:_$!<HomePage>!$_",
            "TEL;TYPE=CELL,VOICE:+351 900 000 000",
        ),
    )
    assert parsed.people[0].methods == (
        email("ana@example.org", "Profile"),
        phone("+351 900 000 000", "mobile"),
        url("https://example.org/ana", "home page"),
    )


def test_birthdays_in_every_form(tmp_path: Path) -> None:
    texts = [
        "BDAY:1999-04-01",
        "BDAY:19990401",
        "BDAY:1999-04-01T10:00:00Z",
        "BDAY;VALUE=date:1604-04-01",
    ]
    days = [write(tmp_path, card("FN:Ana", t)).people[0].birthday for t in texts]
    assert days == [date(1999, 4, 1), date(1999, 4, 1), date(1999, 4, 1), None]
    parsed = write(tmp_path, card("FN:Ana", "BDAY:1776-07-04"))
    assert parsed.people[0].birthday is None
    assert "1776-07-04 is not a date the journal keeps" in parsed.problems[0].message


def test_a_photo_inline_as_2_1_base64_on_unindented_lines(tmp_path: Path) -> None:
    encoded = base64.b64encode(png(600, 300)).decode()
    lines = [encoded[i : i + 60] for i in range(0, len(encoded), 60)]
    data = card(
        "FN:Ana",
        "PHOTO;ENCODING=BASE64;TYPE=PNG:" + lines[0],
        *lines[1:],
        "",
        "EMAIL:a@example.org",
        version="2.1",
    )
    parsed = write(tmp_path, data)
    (person,) = parsed.people
    image = a_thumbnail(person.photo)
    assert (image.width(), image.height()) == (256, 128)
    assert person.emails() == ["a@example.org"]
    assert parsed.problems == []


def test_a_photo_as_a_data_uri(tmp_path: Path) -> None:
    encoded = base64.b64encode(png(40, 30)).decode()
    parsed = write(
        tmp_path, card("FN:Ana", f"PHOTO:data:image/png;base64,{encoded}", version="4.0")
    )
    image = a_thumbnail(parsed.people[0].photo)
    assert (image.width(), image.height()) == (40, 30)


def test_a_photo_that_is_not_an_image_is_left_out_with_a_problem(tmp_path: Path) -> None:
    encoded = base64.b64encode(b"this is not a picture at all").decode()
    parsed = write(tmp_path, card("FN:Ana", f"PHOTO;ENCODING=b;TYPE=JPEG:{encoded}"))
    assert parsed.people[0].photo is None
    assert problems(parsed) == [
        "contacts.vcf, card 1, line 4: The photo is not an image NetJournal can read. It was "
        "left out."
    ]


def test_one_broken_card_does_not_stop_the_file(tmp_path: Path) -> None:
    text = (
        card("FN:Ana", "EMAIL:ana@example.org")
        + card("FN:Bo", "EMAIL;=x:broken@example.org", "NOLINE", "EMAIL:bo@example.org")
        + "BEGIN:VCARD\r\nFN:Never closed\r\n"
        + card("FN:Cy")
        + "stray words between cards\r\n"
        + card("FN:Di")
    )
    parsed = write(tmp_path, text)
    assert [(p.name(), p.emails()) for p in parsed.people] == [
        ("Ana", ["ana@example.org"]),
        ("Bo", ["bo@example.org"]),
        ("Never closed", []),
        ("Cy", []),
        ("Di", []),
    ]
    assert sorted(problems(parsed)) == sorted(
        [
            "contacts.vcf, card 2, line 10: The line “NOLINE” could not be read (it has no "
            "“:”); it was left out.",
            "contacts.vcf, card 2, line 9: The line “EMAIL;=x:broken@example.org” could not be "
            "read; it was left out.",
            "contacts.vcf, card 3, line 13: The card has no END:VCARD; it was read up to where "
            "the next card begins or the file ends.",
            "contacts.vcf, line 19: “stray words between cards” is outside any card "
            "(BEGIN:VCARD … END:VCARD); it was skipped.",
        ]
    )


def test_a_card_with_too_many_broken_lines_is_one_problem(tmp_path: Path) -> None:
    broken = [f"EMAIL;=x:b{i}@example.org" for i in range(30)]
    parsed = write(tmp_path, card("FN:Bo", *broken) + card("FN:Cy"))
    assert [p.name() for p in parsed.people] == ["Cy"]
    assert "The card could not be read: more than 20 broken lines." in problems(parsed)[-1]


def test_a_line_vobject_silently_drops_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lines vobject returns are compared with those it was given."""
    real = vcard.vobject.readOne

    def dropping_email(text: str) -> Any:
        component = real(text)
        component.contents.pop("email", None)
        return component

    vcard._numbering()  # learnt from the real vobject
    monkeypatch.setattr(vcard.vobject, "readOne", dropping_email)
    parsed = write(tmp_path, card("FN:Ana", "EMAIL:ana@example.org"))
    assert parsed.people[0].emails() == []
    assert problems(parsed) == [
        "contacts.vcf, card 1, line 4: The line “EMAIL:ana@example.org” was not read by the "
        "vCard parser; it was left out."
    ]


def test_a_file_without_cards(tmp_path: Path) -> None:
    parsed = write(tmp_path, "nothing here\r\n")
    assert parsed.people == []
    assert problems(parsed)[-1] == (
        "contacts.vcf: No card (BEGIN:VCARD … END:VCARD) was found in the file."
    )
