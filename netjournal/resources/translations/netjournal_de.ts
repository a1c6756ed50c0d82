<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/about.py" line="+177" />
        <source>About NetJournal</source>
        <translation>Über NetJournal</translation>
    </message>
    <message>
        <location line="+9" />
        <source>NetJournal is free software: you may share and change it under the GNU General Public License, version 3 or any later version ({licence}).</source>
        <translation>NetJournal ist freie Software: Du darfst sie unter der GNU General Public License, Version 3 oder einer späteren Version ({licence}), weitergeben und verändern.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the version details</source>
        <translation>Die Versionsangaben kopieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the versions and the journal's path, for a bug report</source>
        <translation>Die Versionen und den Pfad des Journals kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NetJournal's icon</source>
        <translation>Symbol von NetJournal</translation>
    </message>
    <message>
        <location line="+4" />
        <source>NetJournal</source>
        <translation>NetJournal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A private, offline journal of your contacts, shared goals and mentorships: one file on this computer, no account, no network.</source>
        <translation>Ein privates Offline-Journal deiner Kontakte, gemeinsamen Ziele und Mentorings: eine Datei auf diesem Computer, kein Konto, kein Netzwerk.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Journal:</source>
        <translation>Journal:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes, with a passphrase</source>
        <translation>Ja, mit einer Passphrase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No (File → Encrypt Journal… encrypts it)</source>
        <translation>Nein (Datei → Journal verschlüsseln… verschlüsselt es)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypted:</source>
        <translation>Verschlüsselt:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite} · SQLCipher {sqlcipher}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite} · SQLCipher {sqlcipher}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Runs on:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not recorded in this build</source>
        <translation>in diesem Build nicht erfasst</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Journal: {path}</source>
        <translation>Journal: {path}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version: {version}</source>
        <translation>Schemaversion: {version}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encrypted: {answer}</source>
        <translation>Verschlüsselt: {answer}</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <location filename="../../ui/mentorships/session.py" line="+104" />
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+85" />
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No action items yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add an action item</source>
        <translation>&amp;Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add an action item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Give it a due date</source>
        <translation>Ein Fälligkeitsdatum setzen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Done {date}</source>
        <translation>Erledigt am {date}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Action item {n}</source>
        <translation>Aufgabe {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner of action item {n}</source>
        <translation>Zuständig für Aufgabe {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action item {n} has a due date</source>
        <translation>Aufgabe {n} hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due date of action item {n}</source>
        <translation>Fälligkeitsdatum von Aufgabe {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove action item {n}</source>
        <translation>Aufgabe {n} entfernen</translation>
    </message>
</context>
<context>
    <name>AddMentorDialog</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="+237" />
        <source>Add a potential mentor</source>
        <translation>Mögliche/n Mentor/in vormerken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential mentor</source>
        <translation>Mögliche/r Mentor/in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Who would you like to learn from?</source>
        <translation>&amp;Von wem möchtest du lernen?</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source>Add to the list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>“{name}” is not in Contacts yet: adding them here adds them there too.</source>
        <translation>„{name}“ ist noch nicht in deinen Kontakten: Fügst du die Person hier hinzu, kommt sie auch dorthin.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pick someone from Contacts, or type the name of someone new.</source>
        <translation>Wähle jemanden aus deinen Kontakten oder gib den Namen einer neuen Person ein.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type the name of someone to approach.</source>
        <translation>Gib den Namen einer Person ein, an die du dich wenden möchtest.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/mentorships/editor.py" line="+111" />
        <source>Why? (optional, kept with the history)</source>
        <translation>Warum? (optional, wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark as agreed</source>
        <translation>Als vereinbart markieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the agreement as agreed: it becomes active</source>
        <translation>Die Vereinbarung als vereinbart markieren: Sie wird aktiv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Mark the proposal as declined</source>
        <translation>Den Vorschlag als abgelehnt markieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Pause the agreement</source>
        <translation>Die Vereinbarung pausieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Resume the agreement</source>
        <translation>Die Vereinbarung fortsetzen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Complete the agreement</source>
        <translation>Die Vereinbarung abschließen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>End early</source>
        <translation>Vorzeitig beenden</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>End the agreement early</source>
        <translation>Die Vereinbarung vorzeitig beenden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopen the agreement: it becomes active again</source>
        <translation>Die Vereinbarung wieder öffnen: Sie wird wieder aktiv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopen the agreement</source>
        <translation>Die Vereinbarung wieder öffnen</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>Reopen as a proposal</source>
        <translation>Als Vorschlag wieder öffnen</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Reopen the declined agreement as a proposal</source>
        <translation>Die abgelehnte Vereinbarung als Vorschlag wieder öffnen</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Problem with {field}</source>
        <translation>Problem mit {field}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show in Contacts</source>
        <translation>In Kontakten zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the counterpart in Contacts</source>
        <translation>Das Gegenüber in Kontakten zeigen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share a summary…</source>
        <translation>Zusammenfassung teilen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share a one-page summary of the agreement</source>
        <translation>Eine einseitige Zusammenfassung der Vereinbarung teilen</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+40" />
        <source>Revise terms…</source>
        <translation>Bedingungen ändern…</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Revise the terms as the review decided</source>
        <translation>Die Bedingungen ändern, wie es der Rückblick beschlossen hat</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Problem with the status</source>
        <translation>Problem mit dem Status</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Revise the terms</source>
        <translation>Die Bedingungen ändern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>History of the agreement's revisions</source>
        <translation>Verlauf der Fassungen dieser Vereinbarung</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Reason for the change</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why the terms change, in a few words</source>
        <translation>Warum sich die Bedingungen ändern, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Grund der Änderung:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem with the reason</source>
        <translation>Problem mit dem Grund</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change the terms below, then save them as a new revision.</source>
        <translation>Ändere unten die Bedingungen und speichere sie dann als neue Fassung.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save revision</source>
        <translation>Fassung speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the revision</source>
        <translation>Die Fassung speichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel the revision</source>
        <translation>Die Änderung der Bedingungen abbrechen</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not agreed</source>
        <translation>Nicht vereinbart</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change who the proposal is with</source>
        <translation>Ändern, mit wem der Vorschlag besteht</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New counterpart</source>
        <translation>Neues Gegenüber</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a name to pick someone else</source>
        <translation>Namen eingeben, um jemand anderen zu wählen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+3" />
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Part of a formal program</source>
        <translation>Teil eines formellen Programms</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The program's name</source>
        <translation>Der Name des Programms</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Moving the review date needs no revision.</source>
        <translation>Das Rückblickdatum zu verschieben braucht keine neue Fassung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>Rückblickdatum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review on</source>
        <translation>Rückblick am</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Meets</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Video call, coffee, email…</source>
        <translation>Videoanruf, Kaffee, E-Mail…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>Objectives</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an objective</source>
        <translation>Vorhaben hinzufügen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Objectives: goals of this agreement</source>
        <translation>Vorhaben: die Ziele dieser Vereinbarung</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What I expect of them</source>
        <translation>Was ich vom Gegenüber erwarte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preparation, punctuality, following up on action items…</source>
        <translation>Vorbereitung, Pünktlichkeit, Aufgaben nachverfolgen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What they expect of me</source>
        <translation>Was das Gegenüber von mir erwartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback, introductions, time…</source>
        <translation>Feedback, Kontakte vermitteln, Zeit…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Boundaries and confidentiality</source>
        <translation>Grenzen und Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What stays between us, what is off limits, how to say no…</source>
        <translation>Was unter uns bleibt, was tabu ist, wie man Nein sagt…</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Log a session…</source>
        <translation>Sitzung festhalten…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log a session of this agreement</source>
        <translation>Eine Sitzung dieser Vereinbarung festhalten</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+183" />
        <source>Log a session (Ctrl+Shift+S)</source>
        <translation>Sitzung festhalten (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="-182" />
        <location line="+3" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+22" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-22" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>About</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Review…</source>
        <translation>Rückblick…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Review this agreement</source>
        <translation>Auf diese Vereinbarung zurückblicken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review the agreement (Ctrl+Shift+R)</source>
        <translation>Auf die Vereinbarung zurückblicken (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Problem with the review</source>
        <translation>Problem mit dem Rückblick</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What works / what to change</source>
        <translation>Was funktioniert / was sich ändern soll</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action items: tick one when it is done</source>
        <translation>Aufgaben: Hake eine ab, wenn sie erledigt ist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+90" />
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The review of {date} decided to adapt this agreement —</source>
        <translation>Der Rückblick vom {date} hat beschlossen, diese Vereinbarung anzupassen —</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No more sessions are logged for an agreement that is over.</source>
        <translation>Für eine beendete Vereinbarung werden keine Sitzungen mehr festgehalten.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A proposal: every change is saved as you make it, and the draft stays one revision until you both agree.</source>
        <translation>Ein Vorschlag: Jede Änderung wird sofort gespeichert, und der Entwurf bleibt eine einzige Fassung, bis ihr beide zustimmt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Agreed on {date}.</source>
        <translation>Vereinbart am {date}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Last changed on {date} (revision {n}).</source>
        <translation>Zuletzt geändert am {date} (Fassung {n}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changing the terms needs a reason.</source>
        <translation>Um die Bedingungen zu ändern, braucht es einen Grund.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This proposal was declined: its terms stay as they were. Reopen it as a proposal to change them.</source>
        <translation>Dieser Vorschlag wurde abgelehnt: Seine Bedingungen bleiben, wie sie waren. Öffne ihn wieder als Vorschlag, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This agreement is completed: its terms stay as they were. Reopen it to change them.</source>
        <translation>Diese Vereinbarung ist abgeschlossen: Ihre Bedingungen bleiben, wie sie waren. Öffne sie wieder, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This agreement was ended early: its terms stay as they were. Reopen it to change them.</source>
        <translation>Diese Vereinbarung wurde vorzeitig beendet: Ihre Bedingungen bleiben, wie sie waren. Öffne sie wieder, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No sessions yet — Log a session… (Ctrl+Shift+S)</source>
        <translation>Noch keine Sitzungen — Sitzung festhalten… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No sessions were logged.</source>
        <translation>Es wurden keine Sitzungen festgehalten.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The newest {n}; the Timeline, filtered by this mentorship, has them all.</source>
        <translation>Die neuesten {n}; die Zeitleiste, nach diesem Mentoring gefiltert, zeigt alle.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>What works</source>
        <translation>Was funktioniert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change</source>
        <translation>Was sich ändern soll</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No reviews yet — Review… (Ctrl+Shift+R) looks back at how it goes.</source>
        <translation>Noch keine Rückblicke — Rückblick… (Ctrl+Shift+R) schaut zurück, wie es läuft.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reviews yet. Only an active or paused agreement is reviewed.</source>
        <translation>Noch keine Rückblicke. Einen Rückblick gibt es nur für eine aktive oder pausierte Vereinbarung.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No action items yet: a session's action items are listed here.</source>
        <translation>Noch keine Aufgaben: Hier stehen die Aufgaben aus den Sitzungen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every action item is done.</source>
        <translation>Alle Aufgaben sind erledigt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{open} open, {overdue} of them overdue.</source>
        <translation>{open} offen, davon {overdue} überfällig.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{open} open.</source>
        <translation>{open} offen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done {date}</source>
        <translation>Erledigt am {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{status} · {date}</source>
        <translation>{status} · {date}</translation>
    </message>
    <message>
        <location line="+143" />
        <source>Nothing has changed yet: change a term, then save the revision.</source>
        <translation>Noch nichts geändert: Ändere eine Bedingung und speichere dann die Fassung.</translation>
    </message>
    <message>
        <location line="+123" />
        <source>only proposed</source>
        <translation>nur vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an active or paused agreement can be reviewed; the one with {name} is {words}.</source>
        <translation>Einen Rückblick gibt es nur für eine aktive oder pausierte Vereinbarung; die mit {name} ist {words}.</translation>
    </message>
</context>
<context>
    <name>AgreementEntryDialog</name>
    <message>
        <location filename="../../ui/mentorships/agreement_dialog.py" line="+242" />
        <source>A&amp;greement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>AgreementsTableModel</name>
    <message>
        <location filename="../../ui/models/agreements.py" line="+52" />
        <source>Mentoring</source>
        <translation>Ich bin Mentor/in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Being mentored</source>
        <translation>Ich bin Mentee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peers</source>
        <translation>Peer-Mentoring</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Formal program</source>
        <translation>Formelles Programm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Informal</source>
        <translation>Informell</translation>
    </message>
    <message>
        <location line="+19" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meets</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+184" />
        <source>No meeting cadence agreed</source>
        <translation>Kein Rhythmus für Treffen vereinbart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{cadence}, by {channel}</source>
        <translation>{cadence}, per {channel}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No session logged yet</source>
        <translation>Noch keine Sitzung festgehalten</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No session is due: the agreement is not active</source>
        <translation>Keine Sitzung fällig: Die Vereinbarung ist nicht aktiv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No session is due: no meeting cadence agreed</source>
        <translation>Keine Sitzung fällig: Kein Rhythmus für Treffen vereinbart</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{status} · {when}</source>
        <translation>{status} · {when}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Overdue: a session was due on {date}</source>
        <translation>Überfällig: Eine Sitzung war am {date} fällig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next session due on {date}</source>
        <translation>Nächste Sitzung fällig am {date}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{total} · {overdue} overdue</source>
        <translation>{total} · {overdue} überfällig</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{overdue} overdue</source>
        <translation>{overdue} überfällig</translation>
    </message>
    <message>
        <location line="+5" />
        <source>of {total}</source>
        <translation>von {total}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{total} open action items, {overdue} of them overdue</source>
        <translation>{total} offene Aufgaben, davon {overdue} überfällig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{total} open action items</source>
        <translation>{total} offene Aufgaben</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../ui/security/autolock.py" line="+120" />
        <source>Lock After</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Lock the journal when left alone</source>
        <translation>Das Journal sperren, wenn es unbeaufsichtigt ist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After this long without keyboard or mouse input, NetJournal saves what you were editing, closes the journal and hides it until it is unlocked.</source>
        <translation>Nach so langer Zeit ohne Eingabe über Tastatur oder Maus speichert NetJournal, was du gerade bearbeitest, schließt das Journal und verbirgt es, bis es entsperrt wird.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unlocking asks for the passphrase.</source>
        <translation>Zum Entsperren wird die Passphrase abgefragt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This journal is not encrypted: locking keeps it out of view, but anyone who can read the file can read it. File → Encrypt Journal… protects it.</source>
        <translation>Dieses Journal ist nicht verschlüsselt: Das Sperren verbirgt es, aber wer die Datei lesen kann, kann es lesen. Datei → Journal verschlüsseln… schützt es.</translation>
    </message>
    <message>
        <location line="+9" />
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes without input before locking</source>
        <translation>Minuten ohne Eingabe bis zum Sperren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 for never</source>
        <translation>0 für nie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <location filename="../../ui/network/give_get.py" line="+48" />
        <source>One-sided: I give</source>
        <translation>Einseitig: Ich gebe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One-sided: they give</source>
        <translation>Einseitig: Ich nehme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too early to tell</source>
        <translation>Noch zu früh</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I helped</source>
        <translation>Ich habe geholfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>They helped</source>
        <translation>Hat mir geholfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each other</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last time I helped</source>
        <translation>Meine letzte Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last time they helped</source>
        <translation>Letzte Hilfe für mich</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+265" />
        <source>{value} of {mark}</source>
        <translation>{value} von {mark}</translation>
    </message>
</context>
<context>
    <name>CadenceEdit</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="+254" />
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+4" />
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
</context>
<context>
    <name>CelebrateDialog</name>
    <message>
        <location filename="../../ui/goals/celebrate.py" line="+59" />
        <source>Celebrate “{goal}”</source>
        <translation>„{goal}“ feiern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{goal}” is achieved</source>
        <translation>„{goal}“ ist erreicht</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Achieved {date}. Share it with the people who were part of it, and thank them.</source>
        <translation>Erreicht am {date}. Teile es mit den Personen, die dabei waren, und danke ihnen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Told {name}</source>
        <translation>{name} informiert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No one shares this goal: add who you told below.</source>
        <translation>Niemand teilt dieses Ziel: Trag unten ein, wem du es erzählt hast.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone else you told</source>
        <translation>Jemand anderes, dem du es erzählt hast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else? Type a name</source>
        <translation>Noch jemand? Namen eingeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other people told</source>
        <translation>Weitere informierte Personen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Told:</source>
        <translation>&amp;Informiert:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NetJournal never sends anything. Copy the message, send it the way you like (email, chat, or in person), then note here who was told: an entry keeps it.</source>
        <translation>NetJournal verschickt nie etwas. Kopiere die Nachricht, schick sie, wie du magst (E-Mail, Chat oder persönlich), und notiere dann hier, wer informiert wurde: Ein Eintrag hält es fest.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the message to the clipboard</source>
        <translation>Die Nachricht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Note who was told</source>
        <translation>Informierte &amp;festhalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note who was told</source>
        <translation>Informierte festhalten</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+40" />
        <source>everyone</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dear {names}, we did it: {goal}! Thank you for your help and encouragement along the way — it made all the difference.</source>
        <translation>Hallo {names}, wir haben es geschafft: {goal}! Danke für all die Hilfe und Ermutigung auf dem Weg — das hat so viel bewirkt.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Copied: paste it where you write to them.</source>
        <translation>Kopiert: Füge es dort ein, wo du ihnen schreibst.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Pick “{name}” from the suggestions, or clear the field.</source>
        <translation>Wähle „{name}“ aus den Vorschlägen oder leere das Feld.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/network/insights.py" line="+96" />
        <location line="+87" />
        <source>Show &amp;figures</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Show the figures of {chart} as a table</source>
        <translation>Die Zahlen zu {chart} als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save {chart} as a PNG image</source>
        <translation>{chart} als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Figures of {chart}</source>
        <translation>Zahlen zu {chart}</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Show &amp;chart</source>
        <translation>&amp;Diagramm zeigen</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location filename="../../ui/widgets/chip_list.py" line="+34" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli.py" line="+96" />
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{value} is negative; give 0 or more</source>
        <translation>{value} ist negativ; gib 0 oder mehr an</translation>
    </message>
    <message>
        <location line="+19" />
        <source>folder that holds journal.db (default: ${env} or the user data folder)</source>
        <translation>Ordner, der journal.db enthält (Standard: ${env} oder der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A private, offline journal for contacts, shared goals and mentorships. Without a command, opens the window on the journal.</source>
        <translation>Ein privates Offline-Journal für Kontakte, gemeinsame Ziele und Mentorings. Ohne Befehl öffnet es das Fenster mit dem Journal.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>open the window (the default)</source>
        <translation>das Fenster öffnen (Standard)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>count what the journal holds</source>
        <translation>zählen, was das Journal enthält</translation>
    </message>
    <message>
        <location line="+5" />
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+6" />
        <source>check the journal's integrity (exit 1 if damaged)</source>
        <translation>die Integrität des Journals prüfen (Exit-Code 1, wenn beschädigt)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>write a consistent copy of the journal</source>
        <translation>eine konsistente Kopie des Journals schreiben</translation>
    </message>
    <message>
        <location line="+7" />
        <source>file to write (default: backups/ in the data folder)</source>
        <translation>zu schreibende Datei (Standard: backups/ im Datenordner)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>fill an empty journal with synthetic data</source>
        <translation>ein leeres Journal mit erfundenen Daten füllen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>how many people to make</source>
        <translation>wie viele Personen erzeugt werden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>how many entries to make</source>
        <translation>wie viele Einträge erzeugt werden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the same seed makes the same journal</source>
        <translation>derselbe Seed ergibt dasselbe Journal</translation>
    </message>
    <message>
        <location line="+7" />
        <source>open the window on a small sample journal (temporary)</source>
        <translation>das Fenster mit einem kleinen Beispiel-Journal öffnen (temporär)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>encrypt the journal and its backups with a passphrase (${env} or asked)</source>
        <translation>das Journal und seine Sicherungen mit einer Passphrase verschlüsseln (${env} oder abgefragt)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>remove the journal's encryption (its passphrase: ${env} or asked)</source>
        <translation>die Verschlüsselung des Journals entfernen (seine Passphrase: ${env} oder abgefragt)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>change the passphrase (old: ${env}, new: ${new_env}, or asked)</source>
        <translation>die Passphrase ändern (alt: ${env}, neu: ${new_env}, oder abgefragt)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the backup to restore</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <location line="+7" />
        <source>import contacts (vCard, LinkedIn or Google CSV), calendars (.ics) or a NetJournal backup (.json)</source>
        <translation>Kontakte (vCard, LinkedIn- oder Google-CSV), Kalender (.ics) oder eine NetJournal-Sicherung (.json) importieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shows what the import will do (new people, merged ones, skipped ones with reasons, and what could not be read), then imports it in one transaction.</source>
        <translation>Zeigt, was der Import tun wird (neue Personen, zusammengeführte, übersprungene mit Gründen und was nicht gelesen werden konnte), und importiert dann alles in einer Transaktion.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the files to import</source>
        <translation>die zu importierenden Dateien</translation>
    </message>
    <message>
        <location line="+5" />
        <source>show what would be imported; write nothing</source>
        <translation>zeigen, was importiert würde; nichts schreiben</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import nothing if any file, card or row cannot be read (default: import the good ones)</source>
        <translation>nichts importieren, wenn eine Datei, Karte oder Zeile nicht lesbar ist (Standard: die lesbaren importieren)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>write the journal as json (a lossless backup), vcard, ics, csv or markdown</source>
        <translation>das Journal als json (eine verlustfreie Sicherung), vcard, ics, csv oder markdown schreiben</translation>
    </message>
    <message>
        <location line="+10" />
        <source>one of {formats}</source>
        <translation>eines von {formats}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>file (json, vcard, ics) or folder (csv, markdown)</source>
        <translation>Datei (json, vcard, ics) oder Ordner (csv, markdown)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>vCard version (3.0 for older phones and programs)</source>
        <translation>vCard-Version (3.0 für ältere Handys und Programme)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>replace files that already exist</source>
        <translation>bereits vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>save one PNG per tab of the window, then exit</source>
        <translation>ein PNG pro Tab des Fensters speichern, dann beenden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the folder to save them in</source>
        <translation>der Ordner, in dem sie gespeichert werden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>use a fresh sample journal instead of the journal</source>
        <translation>ein frisches Beispiel-Journal statt des Journals verwenden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>show the window in this language (default: English)</source>
        <translation>das Fenster in dieser Sprache zeigen (Standard: Englisch)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no journal at {path}.</source>
        <translation>Unter {path} gibt es kein Journal.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is encrypted (or is not a journal at all): set {env} to its passphrase, or run the command in a terminal to be asked for it.</source>
        <translation>{path} ist verschlüsselt (oder gar kein Journal): Setze {env} auf seine Passphrase oder führe den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A passphrase is needed: set {env} to it, or run the command in a terminal to be asked for it.</source>
        <translation>Eine Passphrase wird gebraucht: Setze {env} darauf oder führe den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Passphrase for {path}: </source>
        <translation>Passphrase für {path}: </translation>
    </message>
    <message>
        <location line="+17" />
        <source>New passphrase ({n} characters or more; a few words are best): </source>
        <translation>Neue Passphrase ({n} Zeichen oder mehr; ein paar Wörter sind am besten): </translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same again: </source>
        <translation>Noch einmal dieselbe: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There is no journal at {path}. Run `netjournal` once to create it, or point --data-dir at the folder that holds journal.db.</source>
        <translation>Unter {path} gibt es kein Journal. Führe `netjournal` einmal aus, um es anzulegen, oder gib mit --data-dir den Ordner an, der journal.db enthält.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{path} is encrypted already: `netjournal passphrase` changes it.</source>
        <translation>{path} ist schon verschlüsselt: `netjournal passphrase` ändert die Passphrase.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Encrypted {journal}.</source>
        <translation>{journal} verschlüsselt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encrypted {journal} and {n} backup.</source>
        <translation>{journal} und {n} Sicherung verschlüsselt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encrypted {journal} and {n} backups.</source>
        <translation>{journal} und {n} Sicherungen verschlüsselt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep the passphrase safe: without it the journal cannot be read, by anyone.</source>
        <translation>Bewahre die Passphrase sicher auf: Ohne sie kann niemand das Journal lesen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is not encrypted.</source>
        <translation>{path} ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Decrypted {path}: anyone who can read the file can now read the journal.</source>
        <translation>{path} entschlüsselt: Wer die Datei lesen kann, kann jetzt das Journal lesen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Its backups stay encrypted with the passphrase.</source>
        <translation>Seine Sicherungen bleiben mit der Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is not encrypted: `netjournal encrypt` encrypts it.</source>
        <translation>{path} ist nicht verschlüsselt: `netjournal encrypt` verschlüsselt es.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Current passphrase for {path}: </source>
        <translation>Aktuelle Passphrase für {path}: </translation>
    </message>
    <message>
        <location line="+5" />
        <source>New passphrase for {journal}.</source>
        <translation>Neue Passphrase für {journal}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New passphrase for {journal} and {n} backup.</source>
        <translation>Neue Passphrase für {journal} und {n} Sicherung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New passphrase for {journal} and {n} backups.</source>
        <translation>Neue Passphrase für {journal} und {n} Sicherungen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>  left as it was: {backup} ({why})</source>
        <translation>  unverändert gelassen: {backup} ({why})</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restored {backup} as the journal {path}.</source>
        <translation>{backup} als Journal {path} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The journal as it was is kept in {kept}.</source>
        <translation>Das bisherige Journal bleibt in {kept} erhalten.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{n} new person, {merged} merged with people already in the journal, {skipped} skipped.</source>
        <translation>{n} neue Person, {merged} mit Personen im Journal zusammengeführt, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} new people, {merged} merged with people already in the journal, {skipped} skipped.</source>
        <translation>{n} neue Personen, {merged} mit Personen im Journal zusammengeführt, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{n} new entry from events, {skipped} skipped.</source>
        <translation>{n} neuer Eintrag aus Terminen, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} new entries from events, {skipped} skipped.</source>
        <translation>{n} neue Einträge aus Terminen, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location line="-362" />
        <source>replace the journal with a backup (the journal in place is backed up first)</source>
        <translation>das Journal durch eine Sicherung ersetzen (das bisherige Journal wird vorher gesichert)</translation>
    </message>
    <message>
        <location line="+389" />
        <source>  merge {name} ({where}) into #{id}, matched by email; it adds {adds}</source>
        <translation>  {name} ({where}) mit #{id} zusammenführen, erkannt an der E-Mail; neu dazu: {adds}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  merge {name} ({where}) into #{id}, matched by name; it adds {adds}</source>
        <translation>  {name} ({where}) mit #{id} zusammenführen, erkannt am Namen; neu dazu: {adds}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  merge {name} ({where}) into #{id}, matched by email: nothing new</source>
        <translation>  {name} ({where}) mit #{id} zusammenführen, erkannt an der E-Mail: nichts Neues</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  merge {name} ({where}) into #{id}, matched by name: nothing new</source>
        <translation>  {name} ({where}) mit #{id} zusammenführen, erkannt am Namen: nichts Neues</translation>
    </message>
    <message>
        <location line="+8" />
        <source>  skip {where}: {reason}</source>
        <translation>  {where} überspringen: {reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  problem: {problem}</source>
        <translation>  Problem: {problem}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Merging the backup {path}:</source>
        <translation>Sicherung {path} wird zusammengeführt:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} row to add, {updated} to update with the backup's newer version, {same} the same, {kept} kept as the journal has them (newer).</source>
        <translation>{n} Zeile hinzuzufügen, {updated} mit der neueren Version der Sicherung zu aktualisieren, {same} gleich, {kept} wie im Journal behalten (neuer).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} rows to add, {updated} to update with the backup's newer version, {same} the same, {kept} kept as the journal has them (newer).</source>
        <translation>{n} Zeilen hinzuzufügen, {updated} mit der neueren Version der Sicherung zu aktualisieren, {same} gleich, {kept} wie im Journal behalten (neuer).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>  {table}: add {added}, update {updated}</source>
        <translation>  {table}: {added} hinzufügen, {updated} aktualisieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  {table}: add {added}</source>
        <translation>  {table}: {added} hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  {table}: update {updated}</source>
        <translation>  {table}: {updated} aktualisieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  conflict in {table} {uuid}: kept the backup's version (journal {journal_time}, backup {backup_time})</source>
        <translation>  Konflikt in {table} {uuid}: Version der Sicherung behalten (Journal {journal_time}, Sicherung {backup_time})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>  conflict in {table} {uuid}: kept the journal's version (journal {journal_time}, backup {backup_time})</source>
        <translation>  Konflikt in {table} {uuid}: Version des Journals behalten (Journal {journal_time}, Sicherung {backup_time})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>  {table}: {n} row points to nothing in either copy: left out</source>
        <translation>  {table}: {n} Zeile verweist auf nichts in beiden Kopien: ausgelassen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  {table}: {n} rows point to nothing in either copy: left out</source>
        <translation>  {table}: {n} Zeilen verweisen auf nichts in beiden Kopien: ausgelassen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Merged {n} row of the backup.</source>
        <translation>{n} Zeile der Sicherung zusammengeführt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged {n} rows of the backup.</source>
        <translation>{n} Zeilen der Sicherung zusammengeführt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new person, merged {merged}, added {entries} entry.</source>
        <translation>{new} neue Person importiert, {merged} zusammengeführt, {entries} Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new person, merged {merged}, added {entries} entries.</source>
        <translation>{new} neue Person importiert, {merged} zusammengeführt, {entries} Einträge hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new people, merged {merged}, added {entries} entry.</source>
        <translation>{new} neue Personen importiert, {merged} zusammengeführt, {entries} Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new} new people, merged {merged}, added {entries} entries.</source>
        <translation>{new} neue Personen importiert, {merged} zusammengeführt, {entries} Einträge hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{n} problem reading the files: what could not be read was left out (listed above).</source>
        <translation>{n} Problem beim Lesen der Dateien: Was nicht gelesen werden konnte, wurde ausgelassen (oben aufgeführt).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} problems reading the files: what could not be read was left out (listed above).</source>
        <translation>{n} Probleme beim Lesen der Dateien: Was nicht gelesen werden konnte, wurde ausgelassen (oben aufgeführt).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing was written (--dry-run).</source>
        <translation>Es wurde nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was imported: {n} problem reading the files (--strict).</source>
        <translation>Es wurde nichts importiert: {n} Problem beim Lesen der Dateien (--strict).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was imported: {n} problems reading the files (--strict).</source>
        <translation>Es wurde nichts importiert: {n} Probleme beim Lesen der Dateien (--strict).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing was imported: nothing in the files could be read.</source>
        <translation>Es wurde nichts importiert: Nichts in den Dateien konnte gelesen werden.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing to import: the journal already holds all of it.</source>
        <translation>Nichts zu importieren: Das Journal enthält schon alles.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} person</source>
        <translation>{n} Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} photo</source>
        <translation>{n} Foto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} photos</source>
        <translation>{n} Fotos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} goal</source>
        <translation>{n} Ziel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} goals</source>
        <translation>{n} Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} file</source>
        <translation>{n} Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} files</source>
        <translation>{n} Dateien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} event</source>
        <translation>{n} Termin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} events</source>
        <translation>{n} Termine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} session</source>
        <translation>{n} Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} review</source>
        <translation>{n} Rückblick</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} reviews</source>
        <translation>{n} Rückblicke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} follow-up</source>
        <translation>{n} Nachfass-Termin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} follow-ups</source>
        <translation>{n} Nachfass-Termine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} goal target date</source>
        <translation>{n} Zieltermin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} goal target dates</source>
        <translation>{n} Zieltermine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} action item due</source>
        <translation>{n} fällige Aufgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} action items due</source>
        <translation>{n} fällige Aufgaben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} person to reconnect with</source>
        <translation>{n} Person, bei der du dich wieder melden solltest</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people to reconnect with</source>
        <translation>{n} Personen, bei denen du dich wieder melden solltest</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Exported {what} to {path}</source>
        <translation>{what} nach {path} exportiert</translation>
    </message>
    <message>
        <location line="+14" />
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>archived people</source>
        <translation>archivierte Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contact details</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tags given to people</source>
        <translation>Schlagwörter von Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills of people</source>
        <translation>Fähigkeiten von Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills of your own</source>
        <translation>eigene Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>people in entries</source>
        <translation>Personen in Einträgen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>entries about goals</source>
        <translation>Einträge zu Zielen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>goal members</source>
        <translation>Mitglieder von Zielen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skills for goals</source>
        <translation>Fähigkeiten für Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>goals of agreements</source>
        <translation>Ziele von Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agreement revisions</source>
        <translation>Fassungen von Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outreach</source>
        <translation>Kontaktaufnahmen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Journal: {path} (schema version {version})</source>
        <translation>Journal: {path} (Schemaversion {version})</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{path} has {n} problem:</source>
        <translation>{path} hat {n} Problem:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} has {n} problems:</source>
        <translation>{path} hat {n} Probleme:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path}: ok (integrity and foreign keys checked)</source>
        <translation>{path}: OK (Integrität und Fremdschlüssel geprüft)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Backup written to {path}</source>
        <translation>Sicherung in {path} geschrieben</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{path} is not empty (people: {people}, entries: {entries}, goals: {goals}); generate only fills an empty journal (give --data-dir a new folder).</source>
        <translation>{path} ist nicht leer (Personen: {people}, Einträge: {entries}, Ziele: {goals}); generate füllt nur ein leeres Journal (gib bei --data-dir einen neuen Ordner an).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Generated in {seconds} s into {path}:</source>
        <translation>In {seconds} s in {path} erzeugt:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no journal at {path}; try --demo or --data-dir.</source>
        <translation>Unter {path} gibt es kein Journal; versuch es mit --demo oder --data-dir.</translation>
    </message>
</context>
<context>
    <name>ContactMethodsEditor</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="+44" />
        <source>Emails, phones and links</source>
        <translation>E-Mails, Telefone und Links</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <source>Add email, phone or link</source>
        <translation>E-Mail, Telefon oder Link hinzufügen</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Kind of contact {n}</source>
        <translation>Art von Kontaktweg {n}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>name@example.org, +351 …, https://…</source>
        <translation>name@example.org, +351 …, https://…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact {n}</source>
        <translation>Kontaktweg {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A label such as work or home</source>
        <translation>Eine Bezeichnung wie Arbeit oder Privat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label of contact {n}</source>
        <translation>Bezeichnung von Kontaktweg {n}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove contact {n}</source>
        <translation>Kontaktweg {n} entfernen</translation>
    </message>
</context>
<context>
    <name>ContactsFilterBar</name>
    <message>
        <location filename="../../ui/contacts/filters.py" line="+47" />
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter by circle</source>
        <translation>Nach Kreis filtern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show active or archived people</source>
        <translation>Aktive oder archivierte Personen zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active people</source>
        <translation>Aktive Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archived people</source>
        <translation>Archivierte Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Due to reconnect</source>
        <translation>&amp;Bald wieder melden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only people due to reconnect within a week</source>
        <translation>Nur Personen, bei denen du dich innerhalb einer Woche wieder melden solltest</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential &amp;mentors</source>
        <translation>Mögliche &amp;Mentor/innen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only potential mentors</source>
        <translation>Nur mögliche Mentor/innen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the contacts filters</source>
        <translation>Die Filter der Kontakte zurücksetzen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ircle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any circle</source>
        <translation>Alle Kreise</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/contacts/tab.py" line="+50" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>11 months ago</source>
        <translation>vor 11 Monaten</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No one matches these filters</source>
        <translation>Niemand passt zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear a filter or two to see more people.</source>
        <translation>Setze einen oder zwei Filter zurück, um mehr Personen zu sehen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches “{text}”</source>
        <translation>Niemand passt zu „{text}“</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search looks in names, organizations, roles, tags, skills and notes.</source>
        <translation>Die Suche schaut in Namen, Organisationen, Rollen, Schlagwörter, Fähigkeiten und Notizen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People you add, or import from a vCard or CSV file, are listed here.</source>
        <translation>Personen, die du hinzufügst oder aus einer vCard- oder CSV-Datei importierst, stehen hier.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a person to read about them here.</source>
        <translation>Wähle eine Person, um hier mehr über sie zu lesen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Person details</source>
        <translation>Details zur Person</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New Person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a person (Ctrl+N)</source>
        <translation>Person hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+21" />
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Un&amp;archive</source>
        <translation>Aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+7" />
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Name of the new person:</source>
        <translation>Name der neuen Person:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Archived {name}</source>
        <translation>{name} archiviert</translation>
    </message>
    <message>
        <location line="+21" />
        <source>1 agreement</source>
        <translation>1 Vereinbarung</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n agreements</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 action item</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n action items</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 goal membership</source>
        <translation>1 Zielmitgliedschaft</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n goal memberships</source>
        <translation>
            <numerusform>%n Zielmitgliedschaft</numerusform>
            <numerusform>%n Zielmitgliedschaften</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This also deletes {what}.</source>
        <translation>Dabei wird auch Folgendes gelöscht: {what}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>They are removed from 1 entry; the entry stays.</source>
        <translation>Die Person wird aus 1 Eintrag entfernt; der Eintrag bleibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>They are removed from %n entries; the entries stay.</source>
        <translation>
            <numerusform>Die Person wird aus %n Eintrag entfernt; der Eintrag bleibt.</numerusform>
            <numerusform>Die Person wird aus %n Einträgen entfernt; die Einträge bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deleted {name}</source>
        <translation>{name} gelöscht</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/widgets/detail.py" line="+34" />
        <source>Details of the selected item</source>
        <translation>Details zum gewählten Element</translation>
    </message>
</context>
<context>
    <name>EditorListTab</name>
    <message>
        <location filename="../../ui/widgets/list_tab.py" line="+332" />
        <source>You can undo this from the status bar for a few seconds.</source>
        <translation>Du kannst das ein paar Sekunden lang über die Statusleiste rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/entries/dialog.py" line="+127" />
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log an interaction</source>
        <translation>Interaktion festhalten</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What it was about, in a few words</source>
        <translation>Worum es ging, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was said, what you learned (Markdown)</source>
        <translation>Was gesagt wurde, was du gelernt hast (Markdown)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Shareable: these notes may go into what I share</source>
        <translation>Teilbar: Diese Notizen dürfen in das einfließen, was ich teile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shareable notes</source>
        <translation>Teilbare Notizen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes are private unless shareable; a private note never appears in a summary made for someone else.</source>
        <translation>Notizen sind privat, außer sie sind teilbar; eine private Notiz erscheint nie in einer Zusammenfassung für jemand anderen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mentorship</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nobody in particular</source>
        <translation>Niemand im Besonderen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who helped whom</source>
        <translation>Wer wem geholfen hat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mentorship:</source>
        <translation>M&amp;entoring:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who &amp;helped:</source>
        <translation>Wer &amp;half:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow-up:</source>
        <translation>Nach&amp;fassen:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete this entry</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Pick “{name}” from the suggestions, or clear the field.</source>
        <translation>Wähle „{name}“ aus den Vorschlägen oder leere das Feld.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete this entry from the journal? This cannot be undone.</source>
        <translation>Diesen Eintrag aus dem Journal löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/interchange/export_dialog.py" line="+58" />
        <source>JSON backup — everything, to move to another laptop or keep safe</source>
        <translation>JSON-Sicherung — alles, um es auf einen anderen Laptop mitzunehmen oder sicher aufzubewahren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>vCard — contacts for a phone or mail program</source>
        <translation>vCard — Kontakte für ein Telefon oder Mailprogramm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar (.ics) — upcoming sessions, reviews, follow-ups, goal dates</source>
        <translation>Kalender (.ics) — anstehende Sitzungen, Rückblicke, Nachfass-Termine, Zieltermine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Spreadsheets (CSV) — people, entries, goals</source>
        <translation>Tabellen (CSV) — Personen, Einträge, Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown — a folder of notes, one per person and goal</source>
        <translation>Markdown — ein Ordner mit Notizen, eine pro Person und Ziel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One .json file. File → Import… reads it back, merging it with what is there.</source>
        <translation>Eine .json-Datei. Datei → Importieren… liest sie wieder ein und führt sie mit dem Vorhandenen zusammen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One .vcf file with every person's emails, phones, addresses and photo.</source>
        <translation>Eine .vcf-Datei mit E-Mails, Telefonnummern, Adressen und Foto jeder Person.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One .ics file to add to any calendar; adding it again updates the events.</source>
        <translation>Eine .ics-Datei für jeden Kalender; fügst du sie erneut hinzu, werden die Termine aktualisiert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>people.csv, entries.csv and goals.csv in the folder you choose.</source>
        <translation>people.csv, entries.csv und goals.csv im Ordner deiner Wahl.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>People/ and Goals/ in the folder you choose, readable in any notes app.</source>
        <translation>People/ und Goals/ im Ordner deiner Wahl, lesbar in jeder Notiz-App.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NetJournal backups (*.json)</source>
        <translation>NetJournal-Sicherungen (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard-Kontakte (*.vcf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} record</source>
        <translation>{n} Datensatz</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} records</source>
        <translation>{n} Datensätze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} person</source>
        <translation>{n} Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} photo</source>
        <translation>{n} Foto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} photos</source>
        <translation>{n} Fotos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} calendar event</source>
        <translation>{n} Kalendertermin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} calendar events</source>
        <translation>{n} Kalendertermine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} session</source>
        <translation>{n} Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} review</source>
        <translation>{n} Rückblick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} reviews</source>
        <translation>{n} Rückblicke</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} follow-up</source>
        <translation>{n} Nachfass-Termin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} follow-ups</source>
        <translation>{n} Nachfass-Termine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} goal target date</source>
        <translation>{n} Zieltermin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} goal target dates</source>
        <translation>{n} Zieltermine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} action item due</source>
        <translation>{n} fällige Aufgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} action items due</source>
        <translation>{n} fällige Aufgaben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} person to reconnect with</source>
        <translation>{n} Person, bei der du dich wieder melden solltest</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} people to reconnect with</source>
        <translation>{n} Personen, bei denen du dich wieder melden solltest</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} goal</source>
        <translation>{n} Ziel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} goals</source>
        <translation>{n} Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} file</source>
        <translation>{n} Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} files</source>
        <translation>{n} Dateien</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="+53" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export the Journal</source>
        <translation>Das Journal exportieren</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An export is written where you choose, readable by your account alone. It holds your private notes: keep it somewhere safe.</source>
        <translation>Ein Export wird dort gespeichert, wo du es wählst, und ist nur für dein Benutzerkonto lesbar. Er enthält deine privaten Notizen: Bewahre ihn sicher auf.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export: choose where</source>
        <translation>Exportieren: Ziel wählen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>4.0 (current)</source>
        <translation>4.0 (aktuell)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>3.0 (for older phones and programs)</source>
        <translation>3.0 (für ältere Telefone und Programme)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>vCard version {v}</source>
        <translation>vCard-Version {v}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only the selected person: {name}</source>
        <translation>Nur die ausgewählte Person: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the {n} selected person</source>
        <translation>Nur die {n} ausgewählte Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only the {n} selected people</source>
        <translation>Nur die {n} ausgewählten Personen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the selected person (select one in Contacts first)</source>
        <translation>Nur die ausgewählte Person (wähle zuerst eine unter Kontakte)</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location line="+85" />
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export Into the Folder</source>
        <translation>In den Ordner exportieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing {place}…</source>
        <translation>{place} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Exported {what} to {path}.</source>
        <translation>{what} nach {path} exportiert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Replace them with this export?</source>
        <translation>Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace it with this export?</source>
        <translation>Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was exported; {path} was left as it was.</source>
        <translation>Nichts wurde exportiert; {path} ist unverändert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The Export Failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The export was cancelled; no file was left half-written (those written before stay in {path}).</source>
        <translation>Der Export wurde abgebrochen; keine Datei blieb halb geschrieben (die bereits geschriebenen bleiben in {path}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FirstMessage</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="-198" />
        <source>I came across your work as {role} at {organization}</source>
        <translation>Ich bin auf Ihre Arbeit als {role} bei {organization} aufmerksam geworden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>I came across your work as {role}</source>
        <translation>Ich bin auf Ihre Arbeit als {role} aufmerksam geworden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I came across your work at {organization}</source>
        <translation>Ich bin auf Ihre Arbeit bei {organization} aufmerksam geworden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>I came across your work</source>
        <translation>Ich bin auf Ihre Arbeit aufmerksam geworden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>[your name]</source>
        <translation>[dein Name]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hello {first_name},

My name is {my_name}. {why}, and it is close to what I hope to do myself: [one line on what in their work speaks to you].

Would you have 20 minutes for a short call in the coming weeks? I would like to ask how you found your way, and what you would advise someone starting out.

If now is not a good time, or this is not for you, just say so (or let this message go unanswered): I will understand, and thank you for reading it.

Best wishes,
{my_name}</source>
        <translation>Hallo {first_name},

mein Name ist {my_name}. {why}, und sie liegt nah an dem, was ich selbst gern machen möchte: [eine Zeile dazu, was dich an der Arbeit der Person anspricht].

Hätten Sie in den nächsten Wochen 20 Minuten Zeit für ein kurzes Gespräch? Ich würde Sie gern fragen, wie Sie Ihren Weg gefunden haben und was Sie jemandem raten würden, der gerade anfängt.

Wenn es gerade nicht passt oder nichts für Sie ist, sagen Sie es einfach (oder lassen Sie diese Nachricht unbeantwortet): Ich verstehe das, und danke, dass Sie sie gelesen haben.

Viele Grüße
{my_name}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Next: read about their work, so your first message can say why them.</source>
        <translation>Als Nächstes: Lies dich in die Arbeit der Person ein, damit deine erste Nachricht sagen kann, warum gerade sie.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Next: make the first message below your own, short and respectful, and send it yourself.</source>
        <translation>Als Nächstes: Mach die erste Nachricht unten zu deiner eigenen, kurz und respektvoll, und schick sie selbst ab.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No answer yet, {waiting}: one gentle follow-up is fine. People are busy.</source>
        <translation>Noch keine Antwort ({waiting}): Einmal freundlich nachzufassen ist in Ordnung. Die Leute haben viel zu tun.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give them time to answer: people are busy.</source>
        <translation>Gib der Person Zeit zu antworten: Die Leute haben viel zu tun.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep it brief: bring one or two questions, and thank them afterwards for their time.</source>
        <translation>Halte es kurz: Bring ein oder zwei Fragen mit und bedanke dich danach für die Zeit.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>They said yes. Set out the agreement together: what each of you expects, the goals, and how often you meet.</source>
        <translation>Die Person hat zugesagt. Legt die Vereinbarung gemeinsam fest: was ihr voneinander erwartet, welche Ziele ihr habt und wie oft ihr euch trefft.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not everyone can say yes, and a no is an answer too. Thank them for their time: the door often stays open, and someone else may be the right mentor now.</source>
        <translation>Nicht alle können zusagen, und ein Nein ist auch eine Antwort. Bedanke dich für die Zeit: Die Tür bleibt oft offen, und jetzt ist vielleicht jemand anderes der/die richtige Mentor/in.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No reply is common, and rarely personal. Try once more later, or approach someone else.</source>
        <translation>Keine Antwort ist häufig und selten persönlich gemeint. Versuche es später noch einmal oder wende dich an jemand anderen.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/format.py" line="+121" />
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in a year</source>
        <translation>in einem Jahr</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>every %n weeks</source>
        <translation>
            <numerusform>alle %n Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>every %n months</source>
        <translation>
            <numerusform>alle %n Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>every %n days</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/mentees.py" line="+56" />
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+143" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GiveGetView</name>
    <message>
        <location filename="../../ui/network/give_get.py" line="-38" />
        <source>One-sided: at least {count} helps between you, and 3 in 4 or more of them went the same way (helping each other counts for neither side). These come first, then whoever helped most recently.</source>
        <translation>Einseitig: mindestens {count} Hilfen zwischen euch, und mindestens 3 von 4 davon gingen in dieselbe Richtung (gegenseitige Hilfe zählt für keine Seite). Diese stehen zuerst, dann wer zuletzt geholfen hat.</translation>
    </message>
    <message>
        <location line="+250" />
        <source>&amp;Only one-sided</source>
        <translation>Nur &amp;einseitige</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show only the relationships that lean one way</source>
        <translation>Nur die Beziehungen zeigen, die in eine Richtung neigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only one-sided relationships</source>
        <translation>Nur einseitige Beziehungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give and get</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-sided relationships first; Enter opens the person</source>
        <translation>Einseitige Beziehungen zuerst; Enter öffnet die Person</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Counting who helped whom…</source>
        <translation>Zählen, wer wem geholfen hat…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No relationship is one-sided</source>
        <translation>Keine Beziehung ist einseitig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help goes both ways with everyone, or it is too early to tell.</source>
        <translation>Die Hilfe geht mit allen in beide Richtungen, oder es ist noch zu früh.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No help noted yet</source>
        <translation>Noch keine Hilfe notiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When you log an interaction (Log an interaction, Ctrl+L), say who helped whom: how often each side helps shows here, one-sided relationships first.</source>
        <translation>Wenn du eine Interaktion festhältst (Interaktion festhalten, Ctrl+L), gib an, wer wem geholfen hat: Hier siehst du, wie oft jede Seite hilft, einseitige Beziehungen zuerst.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%Ln one-sided</source>
        <translation>
            <numerusform>%Ln einseitig</numerusform>
            <numerusform>%Ln einseitig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>{people} · {one_sided}</source>
        <translation>{people} · {one_sided}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../ui/goals/editor.py" line="+129" />
        <location line="+118" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Achieve…</source>
        <translation>Erreicht…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark this goal achieved</source>
        <translation>Dieses Ziel als erreicht markieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record today as the day it was achieved, then celebrate it</source>
        <translation>Heute als Tag des Erreichens festhalten, dann feiern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Celebrate…</source>
        <translation>Feiern…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Celebrate this goal with its members</source>
        <translation>Dieses Ziel mit seinen Mitgliedern feiern</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+144" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-140" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What reaching it will change for you</source>
        <translation>Was sich für dich ändert, wenn du es erreichst</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Horizon</source>
        <translation>&amp;Horizont</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+4" />
        <source>St&amp;arts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tar&amp;get</source>
        <translation>&amp;Zieldatum</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Progress, set by hand</source>
        <translation>Fortschritt, von Hand gesetzt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shared with</source>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Skills it needs</source>
        <translation>Benötigte Fähigkeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Separated by commas, e.g. SQL, Public speaking</source>
        <translation>Durch Kommas getrennt, z. B. SQL, Präsentieren</translation>
    </message>
    <message>
        <location line="+6" />
        <source>S&amp;kills</source>
        <translation>Fähi&amp;gkeiten</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Help, both ways</source>
        <translation>Hilfe, in beide Richtungen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Who could help</source>
        <translation>Wer helfen könnte</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <source>Whom I could help</source>
        <translation>Wem ich helfen könnte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Double-click or press Enter to show them in Contacts</source>
        <translation>Doppelklick oder Enter zeigt sie in den Kontakten</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Entries about it</source>
        <translation>Einträge dazu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Entries about this goal</source>
        <translation>Einträge zu diesem Ziel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Double-click or press Enter to open an entry</source>
        <translation>Doppelklick oder Enter öffnet einen Eintrag</translation>
    </message>
    <message>
        <location line="+95" />
        <source>{percent}% · {done} of {total} milestones</source>
        <translation>{percent} % · {done} von {total} Meilensteinen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Achieved {date}, celebrated {celebrated}</source>
        <translation>Erreicht am {date}, gefeiert am {celebrated}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Achieved {date}: tell the people who helped</source>
        <translation>Erreicht am {date}: Sag es den Personen, die geholfen haben</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Set by hand: add milestones to count them instead.</source>
        <translation>Von Hand gesetzt: Füge Meilensteine hinzu, um sie stattdessen zu zählen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Counted from the milestones reached; remove them to set it by hand.</source>
        <translation>Aus den erreichten Meilensteinen gezählt; entferne sie, um ihn von Hand zu setzen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} — offers {skills}</source>
        <translation>{name} — bietet {skills}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} shares this goal</source>
        <translation>{name} teilt dieses Ziel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double-click to show {name} in Contacts</source>
        <translation>Doppelklick zeigt {name} in den Kontakten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add the skills this goal needs (above) to see who in your journal offers them.</source>
        <translation>Trag oben die Fähigkeiten ein, die dieses Ziel braucht, um zu sehen, wer in deinem Journal sie anbietet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No one in your journal offers {skills} yet.</source>
        <translation>In deinem Journal bietet noch niemand {skills} an.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} — looks for {skills}, which you offer</source>
        <translation>{name} — sucht {skills}, was du anbietest</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Members who look for a skill you offer will be listed here.</source>
        <translation>Mitglieder, die eine Fähigkeit suchen, die du anbietest, stehen hier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note the skills you offer (Goal → My Skills…) to see which members look for them.</source>
        <translation>Trag die Fähigkeiten ein, die du anbietest (Ziel → Meine Fähigkeiten…), um zu sehen, welche Mitglieder sie suchen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No member looks for a skill you offer ({skills}).</source>
        <translation>Kein Mitglied sucht eine Fähigkeit, die du anbietest ({skills}).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>No entries about this goal yet: pick it under Goals when you log an interaction.</source>
        <translation>Noch keine Einträge zu diesem Ziel: Wähle es unter Ziele, wenn du eine Interaktion festhältst.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The newest {shown} of {total}.</source>
        <translation>Die neuesten {shown} von {total}.</translation>
    </message>
</context>
<context>
    <name>GoalPicker</name>
    <message>
        <location filename="../../ui/widgets/goal_picker.py" line="+36" />
        <source>Add a goal</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Goals picked</source>
        <translation>Gewählte Ziele</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the selected goals</source>
        <translation>Die gewählten Ziele entfernen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add a goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
</context>
<context>
    <name>GoalsFilterBar</name>
    <message>
        <location filename="../../ui/goals/filters.py" line="+33" />
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filter by horizon</source>
        <translation>Nach Horizont filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any horizon</source>
        <translation>Jeder Horizont</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by member</source>
        <translation>Nach Mitglied filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the goals filters</source>
        <translation>Die Filter der Ziele zurücksetzen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hori&amp;zon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../ui/goals/tab.py" line="+54" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scholarship</source>
        <translation>Stipendium</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No goal matches these filters</source>
        <translation>Kein Ziel passt zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear a filter or two to see more goals.</source>
        <translation>Setze einen oder zwei Filter zurück, um mehr Ziele zu sehen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scholarships, internships, exams: add a goal, and share it with the people who pursue it too.</source>
        <translation>Stipendien, Praktika, Prüfungen: Füge ein Ziel hinzu und teile es mit den Personen, die es ebenfalls verfolgen.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Select a goal to edit it here.</source>
        <translation>Wähle ein Ziel, um es hier zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Goal details</source>
        <translation>Details zum Ziel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Removed the milestone {title}</source>
        <translation>Meilenstein {title} entfernt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New Goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a goal (Ctrl+Shift+G)</source>
        <translation>Ein Ziel hinzufügen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Achieve…</source>
        <translation>&amp;Erreicht…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the goal achieved today, then celebrate</source>
        <translation>Das Ziel heute als erreicht markieren, dann feiern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Celebrate…</source>
        <translation>&amp;Feiern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My &amp;Skills…</source>
        <translation>&amp;Meine Fähigkeiten…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The skills you offer and look for, which goals match against</source>
        <translation>Die Fähigkeiten, die du anbietest und suchst, mit denen Ziele abgeglichen werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+15" />
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="-15" />
        <source>What is the goal?</source>
        <translation>Was ist das Ziel?</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Achieve goal</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 milestone</source>
        <translation>1 Meilenstein</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n milestones</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>It has {what}; its milestones go with it.</source>
        <translation>Es hat {what}; seine Meilensteine werden mitgelöscht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The people who share it and the entries about it stay.</source>
        <translation>Die Personen, die es teilen, und die Einträge dazu bleiben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deleted {title}</source>
        <translation>{title} gelöscht</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location filename="../../ui/models/goals.py" line="+40" />
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+101" />
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{done} of {total} milestones reached</source>
        <translation>{done} von {total} Meilensteinen erreicht</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Progress set by hand</source>
        <translation>Fortschritt von Hand gesetzt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No one shares this goal yet</source>
        <translation>Noch teilt niemand dieses Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n people share this goal</source>
        <translation>
            <numerusform>%n Person teilt dieses Ziel</numerusform>
            <numerusform>%n Personen teilen dieses Ziel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdTableModel</name>
    <message>
        <location filename="../../ui/models/base.py" line="+231" />
        <source>This column cannot be sorted</source>
        <translation>Diese Spalte lässt sich nicht sortieren</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/interchange/import_dialog.py" line="+77" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emails, phones, links and addresses</source>
        <translation>E-Mails, Telefone, Links und Adressen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags given to people</source>
        <translation>Schlagwörter von Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills of people</source>
        <translation>Fähigkeiten von Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your own skills</source>
        <translation>Deine eigenen Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People in goals</source>
        <translation>Personen in Zielen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills goals build</source>
        <translation>Fähigkeiten, die Ziele fördern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentorship agreements</source>
        <translation>Mentoring-Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objectives of agreements</source>
        <translation>Vorhaben der Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revisions of agreements</source>
        <translation>Fassungen der Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People in entries</source>
        <translation>Personen in Einträgen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals of entries</source>
        <translation>Ziele von Einträgen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agendas and takeaways</source>
        <translation>Agenden und Erkenntnisse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentors you are reaching out to</source>
        <translation>Mentor/innen, an die du dich wendest</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact detail</source>
        <translation>Kontaktangabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda or takeaways</source>
        <translation>Agenda oder Erkenntnisse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outreach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+20" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How we met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where we met</source>
        <translation>Ort des Kennenlernens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep-in-touch cadence (days)</source>
        <translation>Kontakt-Rhythmus (Tage)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+35" />
        <source>{new}, {merged} with people already in the journal, {skipped}</source>
        <translation>{new}, {merged} mit Personen im Journal, {skipped}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+61" />
        <source>{n} new person</source>
        <translation>{n} neue Person</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+61" />
        <source>{n} new people</source>
        <translation>{n} neue Personen</translation>
    </message>
    <message>
        <location line="-60" />
        <source>{n} merged</source>
        <translation>{n} zusammengeführt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} skipped</source>
        <translation>{n} übersprungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} new entry from events</source>
        <translation>{n} neuer Eintrag aus Terminen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} new entries from events</source>
        <translation>{n} neue Einträge aus Terminen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{people}; {entries}</source>
        <translation>{people}; {entries}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{added}, {updated} with the backup's newer version, {same}, {kept}.</source>
        <translation>{added}, {updated} (neuere Version aus der Sicherung), {same}, {kept}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} record to add</source>
        <translation>{n} Datensatz hinzuzufügen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} records to add</source>
        <translation>{n} Datensätze hinzuzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} to update</source>
        <translation>{n} zu aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} the same</source>
        <translation>{n} gleich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} kept as this journal has it (newer)</source>
        <translation>{n} so behalten, wie es in diesem Journal steht (neuer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} kept as this journal has them (newer)</source>
        <translation>{n} so behalten, wie sie in diesem Journal stehen (neuer)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} updated</source>
        <translation>{n} aktualisiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what}: {counts}.</source>
        <translation>{what}: {counts}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Merged the backup: {n} record added or updated.</source>
        <translation>Sicherung zusammengeführt: {n} Datensatz hinzugefügt oder aktualisiert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged the backup: {n} records added or updated.</source>
        <translation>Sicherung zusammengeführt: {n} Datensätze hinzugefügt oder aktualisiert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported {new}, merged {merged} with people already in the journal, {entries}.</source>
        <translation>{new} importiert, {merged} mit Personen im Journal zusammengeführt, {entries}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} person</source>
        <translation>{n} Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>added {n} entry</source>
        <translation>{n} Eintrag hinzugefügt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>added {n} entries</source>
        <translation>{n} Einträge hinzugefügt</translation>
    </message>
    <message>
        <location line="+41" />
        <source>A photo ({size} KB)</source>
        <translation>Ein Foto ({size} KB)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{size} bytes of data</source>
        <translation>{size} Byte an Daten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+553" />
        <source>Contacts and calendars (*.vcf *.vcard *.ics *.csv *.json)</source>
        <translation>Kontakte und Kalender (*.vcf *.vcard *.ics *.csv *.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>vCard contacts (*.vcf *.vcard)</source>
        <translation>vCard-Kontakte (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LinkedIn or Google Contacts (*.csv)</source>
        <translation>LinkedIn- oder Google-Kontakte (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NetJournal backups (*.json)</source>
        <translation>NetJournal-Sicherungen (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location line="+18" />
        <source>Import Contacts, Calendars or a Backup</source>
        <translation>Kontakte, Kalender oder eine Sicherung importieren</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Reading the Files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading {n} file…</source>
        <translation>{n} Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reading {n} files…</source>
        <translation>{n} Dateien werden gelesen…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The Files Cannot Be Imported</source>
        <translation>Die Dateien können nicht importiert werden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Merging the backup…</source>
        <translation>Sicherung wird zusammengeführt…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{n} person</source>
        <translation>{n} Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing {people} and {entries}…</source>
        <translation>Import von {people} und {entries}…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Importing {what}…</source>
        <translation>Import von {what}…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The Import Failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{why}

Nothing was imported: the journal is as it was.</source>
        <translation>{why}

Nichts wurde importiert: Das Journal ist unverändert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="-560" />
        <location line="+49" />
        <location line="+336" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-357" />
        <source>What the import does</source>
        <translation>Was der Import bewirkt</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Import Nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Import from {n} file</source>
        <translation>Import aus {n} Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import from {n} files</source>
        <translation>Import aus {n} Dateien</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing in the files could be read.</source>
        <translation>In den Dateien konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing has been written yet. A merge only adds what the journal does not have; nothing already in it is changed.</source>
        <translation>Noch wurde nichts geschrieben. Beim Zusammenführen kommt nur hinzu, was das Journal noch nicht hat; nichts, was schon darin ist, wird geändert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>New ({n})</source>
        <translation>Neu ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+21" />
        <location line="+21" />
        <location line="+27" />
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+43" />
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="-35" />
        <source>No one in the files is new to the journal.</source>
        <translation>Niemand in den Dateien ist neu für das Journal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged ({n})</source>
        <translation>Zusammengeführt ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People merged with people already in the journal</source>
        <translation>Personen, die mit Personen im Journal zusammengeführt werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In the journal</source>
        <translation>Im Journal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matched by</source>
        <translation>Erkannt an</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The merge adds</source>
        <translation>Hinzu kommt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Person #{id}</source>
        <translation>Person Nr. {id}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No one in the files is already in the journal.</source>
        <translation>Niemand in den Dateien ist schon im Journal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Skipped ({n})</source>
        <translation>Übersprungen ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People and events skipped</source>
        <translation>Übersprungene Personen und Termine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who or what</source>
        <translation>Wer oder was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(untitled event)</source>
        <translation>(Termin ohne Titel)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing is skipped.</source>
        <translation>Nichts wird übersprungen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Entries ({n})</source>
        <translation>Einträge ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New entries from events</source>
        <translation>Neue Einträge aus Terminen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No event becomes a new entry.</source>
        <translation>Kein Termin wird zu einem neuen Eintrag.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Merge a NetJournal backup</source>
        <translation>Eine NetJournal-Sicherung zusammenführen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing has been written yet. Where both have changed a record, the newer version is kept.</source>
        <translation>Noch wurde nichts geschrieben. Wo beide Seiten einen Datensatz geändert haben, bleibt die neuere Version.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>By kind</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the backup adds and updates, by kind</source>
        <translation>Was die Sicherung hinzufügt und aktualisiert, nach Art</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept (newer here)</source>
        <translation>Behalten (hier neuer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup is empty.</source>
        <translation>Die Sicherung ist leer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Left out: rows that point to something neither the journal nor the backup holds.</source>
        <translation>Ausgelassen: Zeilen, die auf etwas verweisen, das weder das Journal noch die Sicherung enthält.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Conflicts ({n})</source>
        <translation>Konflikte ({n})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No record was changed on both sides: there is no conflict.</source>
        <translation>Kein Datensatz wurde auf beiden Seiten geändert: Es gibt keinen Konflikt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Records changed on both sides, with both versions</source>
        <translation>Auf beiden Seiten geänderte Datensätze, mit beiden Versionen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In this journal</source>
        <translation>In diesem Journal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In the backup</source>
        <translation>In der Sicherung</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Kept (newer)</source>
        <translation>Behalten (neuer)</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+1" />
        <source>Set aside (older)</source>
        <translation>Beiseitegelegt (älter)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{n} problem reading the file: what could not be read is left out (see Problems).</source>
        <translation>{n} Problem beim Lesen der Datei: Was nicht gelesen werden konnte, wird ausgelassen (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} problems reading the file: what could not be read is left out (see Problems).</source>
        <translation>{n} Probleme beim Lesen der Datei: Was nicht gelesen werden konnte, wird ausgelassen (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{n} problem reading the files: what could not be read is left out (see Problems).</source>
        <translation>{n} Problem beim Lesen der Dateien: Was nicht gelesen werden konnte, wird ausgelassen (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} problems reading the files: what could not be read is left out (see Problems).</source>
        <translation>{n} Probleme beim Lesen der Dateien: Was nicht gelesen werden konnte, wird ausgelassen (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Problems ({n})</source>
        <translation>Probleme ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where in it</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everything in the files could be read.</source>
        <translation>Alles in den Dateien konnte gelesen werden.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>nothing in the files could be read.</source>
        <translation>in den Dateien konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the journal already holds all of it.</source>
        <translation>das Journal enthält schon alles.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing new to import: {why}</source>
        <translation>Nichts Neues zu importieren: {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the Good Ones</source>
        <translation>Das Lesbare importieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Merge the Backup</source>
        <translation>Sicherung zusammenführen</translation>
    </message>
    <message>
        <location line="+41" />
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/network/insights.py" line="+33" />
        <source>Range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The last %n months</source>
        <translation>
            <numerusform>Der letzte %n Monat</numerusform>
            <numerusform>Die letzten %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The last %n years</source>
        <translation>
            <numerusform>Das letzte %n Jahr</numerusform>
            <numerusform>Die letzten %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Months are calendar months where you are; a term is a third of the academic year: September to December, January to April, May to August.</source>
        <translation>Monate sind Kalendermonate an deinem Ort; ein Trimester ist ein Drittel des Studienjahres: September bis Dezember, Januar bis April, Mai bis August.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Interactions per month</source>
        <translation>Interaktionen pro Monat</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+97" />
        <source>No interactions logged yet</source>
        <translation>Noch keine Interaktionen festgehalten</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+88" />
        <source>&amp;Log an interaction</source>
        <translation>&amp;Interaktion festhalten</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Sessions against the agreed cadence</source>
        <translation>Sitzungen im Vergleich zum vereinbarten Rhythmus</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No active, paused or completed mentorships in this range</source>
        <translation>Keine aktiven, pausierten oder abgeschlossenen Mentorings in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Goals achieved per term</source>
        <translation>Erreichte Ziele pro Trimester</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goals achieved in these terms</source>
        <translation>Keine erreichten Ziele in diesen Trimestern</translation>
    </message>
    <message>
        <location line="+51" />
        <source>{month}: {count}</source>
        <translation>{month}: {count}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{total} in {months}; the most in {month} ({count}).</source>
        <translation>{total} in {months}; die meisten im {month} ({count}).</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No interactions logged in these months</source>
        <translation>In diesen Monaten keine Interaktionen festgehalten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1 interaction</source>
        <translation>1 Interaktion</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>no cadence agreed</source>
        <translation>kein Rhythmus vereinbart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} expected {cadence}</source>
        <translation>{n} erwartet ({cadence})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>last on {day}</source>
        <translation>zuletzt am {day}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} ({role}, {status}), {since} to {until}: {held} held, {expected}; {last}.</source>
        <translation>{name} ({role}, {status}), {since} bis {until}: {held} gehalten, {expected}; {last}.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{count}; {behind} behind the cadence agreed.</source>
        <translation>{count}; {behind} hinter dem vereinbarten Rhythmus.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 mentorship</source>
        <translation>1 Mentoring</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n mentorships</source>
        <translation>
            <numerusform>%n Mentoring</numerusform>
            <numerusform>%n Mentorings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sessions held</source>
        <translation>Gehaltene Sitzungen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n goals</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{term}: {count}</source>
        <translation>{term}: {count}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} in {terms}.</source>
        <translation>{count} in {terms}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 goal achieved</source>
        <translation>1 erreichtes Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n goals achieved</source>
        <translation>
            <numerusform>%n erreichtes Ziel</numerusform>
            <numerusform>%n erreichte Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n terms</source>
        <translation>
            <numerusform>%n Trimester</numerusform>
            <numerusform>%n Trimester</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Term</source>
        <translation>Trimester</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{first}–{last} {year}</source>
        <translation>{first}–{last} {year}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save the Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The chart could not be written to {path}.</source>
        <translation>Das Diagramm konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../ui/interchange/worker.py" line="+198" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Something went wrong: {what}</source>
        <translation>Etwas ist schiefgegangen: {what}</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <location filename="../../ui/security/problem.py" line="+66" />
        <source>The Journal Cannot Be Opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{name} cannot be opened</source>
        <translation>{name} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you can do</source>
        <translation>Was du tun kannst</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Restore the Latest Backup</source>
        <translation>&amp;Letzte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Start a New Journal Here</source>
        <translation>&amp;Neues Journal hier anlegen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Open Another File…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{relative}, {date} {time}</source>
        <translation>{relative}, {date} {time}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was changed. You can restore the latest backup, {name} (made {when}): the file as it is now is kept aside in the backups folder, not overwritten. Or open another journal file.</source>
        <translation>Es wurde nichts geändert. Du kannst die letzte Sicherung wiederherstellen, {name} (erstellt {when}): Die Datei, wie sie jetzt ist, wird im Sicherungsordner beiseitegelegt, nicht überschrieben. Oder öffne eine andere Journal-Datei.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was changed. If the folder is on a disk that is not connected, connect it and start NetJournal again. Or open another journal file, or start a new, empty journal at {path}.</source>
        <translation>Es wurde nichts geändert. Liegt der Ordner auf einem Laufwerk, das nicht angeschlossen ist, schließ es an und starte NetJournal neu. Oder öffne eine andere Journal-Datei oder lege unter {path} ein neues, leeres Journal an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing was changed, and there is no backup of it to restore. You can open another journal file, or move this one aside and start NetJournal again to begin a new journal.</source>
        <translation>Es wurde nichts geändert, und es gibt keine Sicherung davon zum Wiederherstellen. Du kannst eine andere Journal-Datei öffnen oder diese beiseitelegen und NetJournal neu starten, um ein neues Journal zu beginnen.</translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <location filename="../../ui/security/session.py" line="+177" />
        <source>The Journal Is Open Elsewhere</source>
        <translation>Das Journal ist anderswo geöffnet</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The folder {folder} cannot be made: {why}.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {why}.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>{path} is encrypted, or it is not a NetJournal file.</source>
        <translation>{path} ist verschlüsselt oder keine NetJournal-Datei.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the passphrase.</source>
        <translation>Gib die Passphrase ein.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The automatic backup failed: {why}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <location line="+121" />
        <source>{backup} is the journal now.</source>
        <translation>{backup} ist jetzt das Journal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The journal as it was is kept in {kept}.</source>
        <translation>Das Journal, wie es war, liegt in {kept}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup Restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+3" />
        <source>No Backup Made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup written to {path}</source>
        <translation>Sicherung in {path} geschrieben</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+33" />
        <source>Nothing Restored</source>
        <translation>Nichts wiederhergestellt</translation>
    </message>
    <message>
        <location line="-32" />
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore This Backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{backup} becomes the journal. The journal as it is now is kept in the backups folder, and the window opens again on the restored journal.</source>
        <translation>{backup} wird zum Journal. Das Journal, wie es jetzt ist, bleibt im Sicherungsordner erhalten, und das Fenster öffnet sich neu mit dem wiederhergestellten Journal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Journal Encrypted</source>
        <translation>Journal verschlüsselt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The journal is encrypted now. Keep the passphrase safe: without it nobody can read the journal, you included.</source>
        <translation>Das Journal ist jetzt verschlüsselt. Bewahre die Passphrase sicher auf: Ohne sie kann niemand das Journal lesen, auch du nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n of its backups are encrypted too.</source>
        <translation>
            <numerusform>Auch %n seiner Sicherungen ist verschlüsselt.</numerusform>
            <numerusform>Auch %n seiner Sicherungen sind verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>The journal has its new passphrase; the old one no longer opens it.</source>
        <translation>Das Journal hat seine neue Passphrase; die alte öffnet es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n of its backups have the new passphrase too.</source>
        <translation>
            <numerusform>Auch %n seiner Sicherungen hat die neue Passphrase.</numerusform>
            <numerusform>Auch %n seiner Sicherungen haben die neue Passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72" />
        <source>Left as they were: {left}.</source>
        <translation>Unverändert geblieben: {left}.</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Passphrase Not Changed</source>
        <translation>Passphrase nicht geändert</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passphrase Changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Encryption Not Removed</source>
        <translation>Verschlüsselung nicht entfernt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Encryption Removed</source>
        <translation>Verschlüsselung entfernt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The journal is a plain file again: anyone who can read the file can read it. Its backups stay encrypted with the old passphrase.</source>
        <translation>Das Journal ist wieder eine einfache Datei: Wer die Datei lesen kann, kann es lesen. Seine Sicherungen bleiben mit der alten Passphrase verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>The journal locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Das Journal sperrt sich nach %n Minute ohne Eingabe.</numerusform>
            <numerusform>Das Journal sperrt sich nach %n Minuten ohne Eingabe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The journal does not lock by itself.</source>
        <translation>Das Journal sperrt sich nicht von selbst.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing Changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <location line="+8" />
        <source>That is not the journal's passphrase; nothing was changed.</source>
        <translation>Das ist nicht die Passphrase des Journals; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>{why} The journal was left as it was.</source>
        <translation>{why} Das Journal blieb unverändert.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Open a Journal</source>
        <translation>Ein Journal öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NetJournal journals (*.db);;All files (*)</source>
        <translation>NetJournal-Journale (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restore a Backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backups (*.db);;All files (*)</source>
        <translation>Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../ui/help/shortcuts.py" line="+93" />
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dialogs and fields</source>
        <translation>Dialoge und Felder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Move a milestone up or down</source>
        <translation>Einen Meilenstein nach oben oder unten schieben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move through the rows</source>
        <translation>Durch die Zeilen gehen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First or last row</source>
        <translation>Erste oder letzte Zeile</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open the selected row</source>
        <translation>Die gewählte Zeile öffnen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete the selected row</source>
        <translation>Die gewählte Zeile löschen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the selected tag or person from a field</source>
        <translation>Das gewählte Schlagwort oder die gewählte Person aus einem Feld entfernen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save and close a dialog</source>
        <translation>Einen Dialog speichern und schließen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a session, review or revision</source>
        <translation>Eine Sitzung, einen Rückblick oder eine Fassung speichern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close a dialog without saving; clear the search</source>
        <translation>Einen Dialog ohne Speichern schließen; die Suche leeren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add the first suggested person</source>
        <translation>Die erste vorgeschlagene Person hinzufügen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom the map in or out</source>
        <translation>Die Karte vergrößern oder verkleinern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move the map</source>
        <translation>Die Karte verschieben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open the selected person or match</source>
        <translation>Die gewählte Person oder Empfehlung öffnen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step through a chart's bars</source>
        <translation>Durch die Balken eines Diagramms gehen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First or last bar of a chart</source>
        <translation>Erster oder letzter Balken eines Diagramms</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by what it does or by its key</source>
        <translation>Nach Funktion oder Taste filtern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find a shortcut:</source>
        <translation>Tastenkürzel &amp;suchen:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No shortcut matches.</source>
        <translation>Kein Tastenkürzel passt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+133" />
        <source>Journal sections</source>
        <translation>Bereiche des Journals</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/help/shortcuts.py" line="-153" />
        <location filename="../../ui/main_window.py" line="+1" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+1" />
        <source>Mentorships</source>
        <translation>Mentorings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+55" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Interaktion festhalten…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a meeting, a coffee, a call or a note (Ctrl+L)</source>
        <translation>Ein Treffen, einen Kaffee, einen Anruf oder eine Notiz festhalten (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reminders, backups, auto-lock, notifications, dates and the theme</source>
        <translation>Erinnerungen, Sicherungen, automatische Sperre, Benachrichtigungen, Datumsformat und Design</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add contacts (vCard, LinkedIn, Google), calendar events or a backup</source>
        <translation>Kontakte (vCard, LinkedIn, Google), Kalendertermine oder eine Sicherung hinzufügen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the journal as a backup, contacts, a calendar, spreadsheets or notes</source>
        <translation>Das Journal als Sicherung, Kontakte, Kalender, Tabellen oder Notizen speichern</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a copy of the journal into its backups folder</source>
        <translation>Eine Kopie des Journals in seinen Sicherungsordner schreiben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put a backup in the journal's place; the journal as it is now is kept aside</source>
        <translation>Eine Sicherung zum Journal machen; das Journal, wie es jetzt ist, wird beiseitegelegt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Encrypt Journal…</source>
        <translation>Journal &amp;verschlüsseln…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protect the journal and its backups with a passphrase</source>
        <translation>Das Journal und seine Sicherungen mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the journal and its backups a new passphrase</source>
        <translation>Dem Journal und seinen Sicherungen eine neue Passphrase geben</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Encr&amp;yption…</source>
        <translation>Verschlüsselung ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the journal a plain file again</source>
        <translation>Das Journal wieder zu einer normalen Datei machen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lock Now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the journal and ask for its passphrase again ({shortcut})</source>
        <translation>Das Journal schließen und erneut nach der Passphrase fragen ({shortcut})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Lock &amp;After…</source>
        <translation>Sperren &amp;nach…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose how long without input before the journal locks</source>
        <translation>Festlegen, nach wie langer Zeit ohne Eingabe das Journal sperrt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search people and entries ({shortcut})</source>
        <translation>Personen und Einträge durchsuchen ({shortcut})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search people and entries</source>
        <translation>Personen und Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New person, entry, goal or agreement</source>
        <translation>Neue Person, neuer Eintrag, neues Ziel oder neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a person, an entry, a goal or an agreement</source>
        <translation>Eine Person, einen Eintrag, ein Ziel oder eine Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every key NetJournal answers to</source>
        <translation>Alle Tasten, auf die NetJournal reagiert</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show My Journal &amp;Folder</source>
        <translation>Journal-&amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the folder that holds the journal and its backups</source>
        <translation>Den Ordner öffnen, der das Journal und seine Sicherungen enthält</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;About NetJournal</source>
        <translation>&amp;Über NetJournal</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The version, the journal's file and the licences of what NetJournal uses</source>
        <translation>Die Version, die Datei des Journals und die Lizenzen dessen, was NetJournal verwendet</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The open journal: {path}</source>
        <translation>Das geöffnete Journal: {path}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Encrypted journal: lock now</source>
        <translation>Verschlüsseltes Journal: jetzt sperren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This journal is encrypted with a passphrase. Click to lock it now ({key}).</source>
        <translation>Dieses Journal ist mit einer Passphrase verschlüsselt. Klicke, um es jetzt zu sperren ({key}).</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Could not open {folder}; it holds the journal.</source>
        <translation>{folder} konnte nicht geöffnet werden; dort liegt das Journal.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../ui/network/matches.py" line="+396" />
        <source>Skills that meet: people who offer what your active goals need, people who look for what you offer, and contacts who could help each other (pairs who share a goal or a circle first).</source>
        <translation>Fähigkeiten, die zusammenpassen: Personen, die anbieten, was deine aktiven Ziele brauchen, Personen, die suchen, was du anbietest, und Kontakte, die einander helfen könnten (zuerst Paare mit einem gemeinsamen Ziel oder Kreis).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Matches</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Three sections of matches, each with its reason; Enter opens the person</source>
        <translation>Drei Abschnitte mit Empfehlungen, jede mit ihrem Grund; Enter öffnet die Person</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+115" />
        <source>Open person</source>
        <translation>Person öffnen</translation>
    </message>
    <message>
        <location line="-113" />
        <source>Open the other person</source>
        <translation>Die andere Person öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the goal</source>
        <translation>Das Ziel öffnen</translation>
    </message>
    <message>
        <location line="+109" />
        <location line="+8" />
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Open them in Contacts (Enter)</source>
        <translation>In den Kontakten öffnen (Enter)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open the goal {title}</source>
        <translation>Das Ziel {title} öffnen</translation>
    </message>
</context>
<context>
    <name>MeetingCadence</name>
    <message>
        <location filename="../../ui/mentorships/new_agreement.py" line="+52" />
        <source>No set rhythm</source>
        <translation>Kein fester Rhythmus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting cadence</source>
        <translation>Rhythmus der Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meet every</source>
        <translation>Treffen alle</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../ui/goals/members.py" line="+62" />
        <source>Remove from this goal</source>
        <translation>Aus diesem Ziel entfernen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Double-click to show {name} in Contacts</source>
        <translation>Doppelklick zeigt {name} in den Kontakten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Role of {name}</source>
        <translation>Rolle von {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove {name} from this goal</source>
        <translation>{name} aus diesem Ziel entfernen</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <location line="+16" />
        <source>Just you so far. Add the people you share this goal with.</source>
        <translation>Bisher nur du. Füge die Personen hinzu, mit denen du dieses Ziel teilst.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a person to this goal</source>
        <translation>Eine Person zu diesem Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a name to add someone</source>
        <translation>Name eingeben, um jemanden hinzuzufügen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Role of the person to add</source>
        <translation>Rolle der neuen Person</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;as</source>
        <translation>&amp;als</translation>
    </message>
</context>
<context>
    <name>MenteesOverview</name>
    <message>
        <location filename="../../ui/mentorships/overview.py" line="+98" />
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whoever needs attention first; Enter opens the agreement</source>
        <translation>Wer zuerst Aufmerksamkeit braucht, steht oben; Enter öffnet die Vereinbarung</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>11 months ago</source>
        <translation>vor 11 Monaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue · 10 weeks</source>
        <translation>Überfällig · 10 Wochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue action items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You are not mentoring anyone yet</source>
        <translation>Du bist noch für niemanden Mentor/in</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When you agree to mentor someone, add the agreement with New agreement… in Agreements, with you as their mentor: they show here with their sessions, action items and goals.</source>
        <translation>Wenn du zusagst, jemanden als Mentor/in zu begleiten, lege unter Vereinbarungen mit „Neue Vereinbarung…“ die Vereinbarung an, mit dir als Mentor/in: Die Person erscheint dann hier mit ihren Sitzungen, Aufgaben und Zielen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n mentees</source>
        <translation>
            <numerusform>%n Mentee</numerusform>
            <numerusform>%n Mentees</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>1 mentee</source>
        <translation>1 Mentee</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 session overdue</source>
        <translation>1 Sitzung überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n sessions overdue</source>
        <translation>
            <numerusform>%n Sitzung überfällig</numerusform>
            <numerusform>%n Sitzungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 action item overdue</source>
        <translation>1 Aufgabe überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n action items overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>nothing overdue</source>
        <translation>nichts überfällig</translation>
    </message>
</context>
<context>
    <name>MenteesTableModel</name>
    <message>
        <location filename="../../ui/models/mentees.py" line="+64" />
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue action items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals in progress</source>
        <translation>Laufende Ziele</translation>
    </message>
</context>
<context>
    <name>Mentorships</name>
    <message>
        <location filename="../../ui/mentorships/agreement_dialog.py" line="-245" />
        <source>you are the mentor</source>
        <translation>du bist Mentor/in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you are the mentee</source>
        <translation>du bist Mentee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you are peers</source>
        <translation>ihr seid Peers</translation>
    </message>
    <message>
        <location line="+7" />
        <source>only proposed</source>
        <translation>nur vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{what} was due on {date} ({relative})</source>
        <translation>{what} war am {date} fällig ({relative})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} is due on {date} ({relative})</source>
        <translation>{what} ist am {date} fällig ({relative})</translation>
    </message>
    <message>
        <location line="+32" />
        <source>them</source>
        <translation>der Person</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shareable with {name}</source>
        <translation>Teilbar mit {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what}: shareable with {name}</source>
        <translation>{what}: teilbar mit {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ticked, this goes into the summary you share with {name}; unticked, it stays in your journal only.</source>
        <translation>Angehakt kommt das in die Zusammenfassung, die du mit {name} teilst; nicht angehakt bleibt es nur in deinem Journal.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
</context>
<context>
    <name>MentorshipsTab</name>
    <message>
        <location filename="../../ui/mentorships/tab.py" line="+144" />
        <source>Mentorship agreements</source>
        <translation>Mentoring-Vereinbarungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grouped by my role: mentoring, being mentored, peers</source>
        <translation>Nach meiner Rolle gruppiert: als Mentor/in, als Mentee, unter Peers</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Show agreements of status</source>
        <translation>Vereinbarungen mit diesem Status zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+20" />
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+104" />
        <source>Start a mentorship agreement (Ctrl+Shift+M)</source>
        <translation>Eine Mentoring-Vereinbarung beginnen (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Agreement details</source>
        <translation>Details der Vereinbarung</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Agreements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every agreement, grouped by your role, with its terms</source>
        <translation>Alle Vereinbarungen nach deiner Rolle gruppiert, mit ihren Bedingungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>My men&amp;tees</source>
        <translation>Meine Men&amp;tees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My mentees</source>
        <translation>Meine Mentees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each mentee at a glance: sessions, overdue action items, goals</source>
        <translation>Alle Mentees auf einen Blick: Sitzungen, überfällige Aufgaben, Ziele</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fin&amp;ding a mentor</source>
        <translation>Mentor/in &amp;finden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding a mentor</source>
        <translation>Mentor/in finden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential mentors and how each approach is going</source>
        <translation>Mögliche Mentor/innen und wie jede Kontaktaufnahme läuft</translation>
    </message>
    <message>
        <location line="+26" />
        <source>New &amp;Agreement…</source>
        <translation>&amp;Neue Vereinbarung…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a &amp;Session…</source>
        <translation>&amp;Sitzung festhalten…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review…</source>
        <translation>&amp;Rückblick…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vise Terms…</source>
        <translation>Bedingungen &amp;ändern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share a S&amp;ummary…</source>
        <translation>&amp;Zusammenfassung teilen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Mentorship</source>
        <translation>&amp;Mentoring</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No agreements are {status}</source>
        <translation>Keine Vereinbarung ist {status}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose “Any status” above to see them all.</source>
        <translation>Wähle oben „Jeder Status“, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No mentorships yet</source>
        <translation>Noch keine Mentorings</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreements with a mentor, a mentee or a peer are listed here, grouped by your role.</source>
        <translation>Vereinbarungen mit Mentor/innen, Mentees oder Peers stehen hier, nach deiner Rolle gruppiert.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>every 2 weeks</source>
        <translation>alle 2 Wochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>11 months ago</source>
        <translation>vor 11 Monaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 weeks ago</source>
        <translation>vor 3 Wochen</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Select an agreement to read and edit it here.</source>
        <translation>Wähle eine Vereinbarung, um sie hier zu lesen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Delete the agreement with {name}?</source>
        <translation>Die Vereinbarung mit {name} löschen?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Its session or review stays in the journal as an entry.</source>
        <translation>Ihre Sitzung bzw. ihr Rückblick bleibt als Eintrag im Journal.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Its %n sessions and reviews stay in the journal as entries.</source>
        <translation>
            <numerusform>Ihre %n Sitzung bzw. ihr Rückblick bleibt als Eintrag im Journal.</numerusform>
            <numerusform>Ihre %n Sitzungen und Rückblicke bleiben als Einträge im Journal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>its history of revisions</source>
        <translation>ihren Verlauf der Fassungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its action item</source>
        <translation>ihre Aufgabe</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>its %n action items</source>
        <translation>
            <numerusform>ihre %n Aufgabe</numerusform>
            <numerusform>ihre %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>This deletes {what}.</source>
        <translation>Das löscht {what}.</translation>
    </message>
    <message>
        <location line="+0" />
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete agreement</source>
        <translation>Vereinbarung löschen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Deleted the agreement with {name}</source>
        <translation>Vereinbarung mit {name} gelöscht</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>MilestoneRow</name>
    <message>
        <location filename="../../ui/goals/milestones.py" line="+53" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove this milestone</source>
        <translation>Diesen Meilenstein entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move milestone up</source>
        <translation>Meilenstein nach oben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move milestone down</source>
        <translation>Meilenstein nach unten</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Milestone {n} done</source>
        <translation>Meilenstein {n} erledigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestone {n}</source>
        <translation>Meilenstein {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date of milestone {n}</source>
        <translation>Fälligkeitsdatum von Meilenstein {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the due date of milestone {n}</source>
        <translation>Fälligkeitsdatum von Meilenstein {n} leeren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move milestone {n} up</source>
        <translation>Meilenstein {n} nach oben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move milestone {n} down</source>
        <translation>Meilenstein {n} nach unten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove milestone {n}</source>
        <translation>Meilenstein {n} entfernen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Reached {date}</source>
        <translation>Erreicht am {date}</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location line="+20" />
        <source>No milestones yet: break the goal into steps below.</source>
        <translation>Noch keine Meilensteine: Teile das Ziel unten in Schritte auf.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A step on the way, e.g. “Ask for two letters”</source>
        <translation>Ein Schritt auf dem Weg, z. B. „Um zwei Empfehlungsschreiben bitten“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due date of the new milestone</source>
        <translation>Fälligkeitsdatum des neuen Meilensteins</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>MySkillsDialog</name>
    <message>
        <location filename="../../ui/goals/my_skills.py" line="+37" />
        <source>My skills</source>
        <translation>Meine Fähigkeiten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you can help others with, and what you are learning. Goals use them to say whom you could help and who could help you.</source>
        <translation>Wobei du anderen helfen kannst und was du gerade lernst. Ziele nutzen das, um zu zeigen, wem du helfen könntest und wer dir helfen könnte.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>I &amp;offer:</source>
        <translation>Ich &amp;biete:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I &amp;look for:</source>
        <translation>Ich &amp;suche:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <location filename="../../ui/network/map_view.py" line="+931" />
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>People linked by shared goals and mentorships. Wheel, + and − zoom; drag or arrow keys pan; Enter opens the person selected.</source>
        <translation>Personen, verbunden durch gemeinsame Ziele und Mentorings. Mausrad, + und − zoomen; Ziehen oder Pfeiltasten verschieben; Enter öffnet die gewählte Person.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit the Map</source>
        <translation>Karte einpassen</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Show people with the tag</source>
        <translation>Personen mit dem Schlagwort zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the members of the goal</source>
        <translation>Die Mitglieder des Ziels zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find on the map</source>
        <translation>Auf der Karte finden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a person on the map</source>
        <translation>Eine Person auf der Karte finden</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+60" />
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All shared goals</source>
        <translation>Alle gemeinsamen Ziele</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>Laying out %n people…</source>
        <translation>
            <numerusform>%n Person wird angeordnet…</numerusform>
            <numerusform>%n Personen werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The map could not be drawn</source>
        <translation>Die Karte konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something went wrong while placing the people. Try again.</source>
        <translation>Beim Anordnen der Personen ist etwas schiefgegangen. Versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Me: linked to %n people on the map</source>
        <translation>
            <numerusform>Ich: mit %n Person auf der Karte verbunden</numerusform>
            <numerusform>Ich: mit %n Personen auf der Karte verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Showing {shown} of {total} people</source>
        <translation>{shown} von {total} Personen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The {shown} you talk with most are on the map; choose a tag or a goal to see the others.</source>
        <translation>Die {shown}, mit denen du am meisten sprichst, sind auf der Karte; wähle ein Schlagwort oder ein Ziel, um die anderen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>{counts} · laying out…</source>
        <translation>{counts} · wird angeordnet…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No tag</source>
        <translation>Kein Schlagwort</translation>
    </message>
    <message>
        <location line="+5" />
        <source>──  a shared goal</source>
        <translation>──  ein gemeinsames Ziel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>- - -  a mentorship</source>
        <translation>- - -  ein Mentoring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Larger: you talk more often</source>
        <translation>Größer: ihr sprecht öfter</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No one on the map with these filters</source>
        <translation>Mit diesen Filtern ist niemand auf der Karte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nobody with this tag shares a goal or a mentorship with you.</source>
        <translation>Niemand mit diesem Schlagwort teilt ein Ziel oder ein Mentoring mit dir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show everyone</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No one on the map yet</source>
        <translation>Noch niemand auf der Karte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People appear here once they share a goal with you or you have a mentorship with them.</source>
        <translation>Personen erscheinen hier, sobald sie ein Ziel mit dir teilen oder ihr ein Mentoring habt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a shared goal</source>
        <translation>Gemeinsames Ziel hinzufügen</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../ui/network/tab.py" line="+43" />
        <source>Network views</source>
        <translation>Netzwerkansichten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give &amp;&amp; Get</source>
        <translation>Geben &amp;&amp; Nehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matches</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../ui/mentorships/new_agreement.py" line="+17" />
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type a name: someone in the journal, or someone new</source>
        <translation>Name eingeben: jemand aus dem Journal oder jemand Neues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <location line="+15" />
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A proposal is a draft: its terms change freely until you both agree. An active agreement keeps a history of every change.</source>
        <translation>Ein Vorschlag ist ein Entwurf: Seine Bedingungen lassen sich frei ändern, bis ihr beide zustimmt. Eine aktive Vereinbarung bewahrt den Verlauf jeder Änderung.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of a &amp;formal program</source>
        <translation>Teil eines &amp;formellen Programms</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The program's name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My &amp;role:</source>
        <translation>Meine &amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Meets:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+1" />
        <source>Create agreement</source>
        <translation>Vereinbarung anlegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+36" />
        <source>New person: “{name}”</source>
        <translation>Neue Person: „{name}“</translation>
    </message>
    <message>
        <location line="+28" />
        <source>“{name}” is new: they are added to Contacts with the agreement.</source>
        <translation>„{name}“ ist neu: Die Person wird mit der Vereinbarung zu den Kontakten hinzugefügt.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Pick “{name}” from the suggestions, or choose “New person: {name}”.</source>
        <translation>Wähle „{name}“ aus den Vorschlägen oder „Neue Person: {name}“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say who the agreement is with.</source>
        <translation>Gib an, mit wem die Vereinbarung ist.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../ui/today/notifier.py" line="+51" />
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n Nachfass-Termin</numerusform>
            <numerusform>%n Nachfass-Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n people to get in touch with</source>
        <translation>
            <numerusform>%n Person, bei der du dich melden solltest</numerusform>
            <numerusform>%n Personen, bei denen du dich melden solltest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n sessions and reviews</source>
        <translation>
            <numerusform>%n Sitzung oder Rückblick</numerusform>
            <numerusform>%n Sitzungen und Rückblicke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n goal target dates</source>
        <translation>
            <numerusform>%n Zieltermin</numerusform>
            <numerusform>%n Zieltermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of your action items</source>
        <translation>
            <numerusform>%n eigene Aufgabe</numerusform>
            <numerusform>%n eigene Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n action items you are waiting on</source>
        <translation>
            <numerusform>%n Aufgabe, auf die du wartest</numerusform>
            <numerusform>%n Aufgaben, auf die du wartest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n goals to celebrate</source>
        <translation>
            <numerusform>%n Ziel zum Feiern</numerusform>
            <numerusform>%n Ziele zum Feiern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing needs you today.</source>
        <translation>Heute braucht dich nichts.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n things need you today</source>
        <translation>
            <numerusform>Heute braucht dich %n Sache</numerusform>
            <numerusform>Heute brauchen dich %n Sachen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>More than {count} things need you today</source>
        <translation>Heute brauchen dich mehr als {count} Sachen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, {count} of them overdue</source>
        <translation>, davon {count} überfällig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, more than {count} of them overdue</source>
        <translation>, davon mehr als {count} überfällig</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{counted} or more</source>
        <translation>mindestens {counted}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Session with {name}</source>
        <translation>Sitzung mit {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review of the mentorship with {name}</source>
        <translation>Rückblick auf das Mentoring mit {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow up “{title}” with {names}</source>
        <translation>„{title}“ mit {names} nachfassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up “{title}”</source>
        <translation>„{title}“ nachfassen</translation>
    </message>
    <message>
        <location line="+70" />
        <source>NetJournal</source>
        <translation>NetJournal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Show NetJournal</source>
        <translation>NetJournal &amp;zeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Today's Summary</source>
        <translation>&amp;Heutige Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+21" />
        <source>NetJournal — Today</source>
        <translation>NetJournal — Heute</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n things are due today</source>
        <translation>
            <numerusform>Heute ist %n Sache fällig</numerusform>
            <numerusform>Heute sind %n Sachen fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="-150" />
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear {what}</source>
        <translation>{what} leeren</translation>
    </message>
</context>
<context>
    <name>OutreachEditor</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="+166" />
        <location line="+27" />
        <source>Approach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Remove from list</source>
        <translation>Von der Liste entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove from the outreach list</source>
        <translation>Von der Liste der Kontaktaufnahmen entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take them off the outreach list (Del in the list)</source>
        <translation>Von der Liste der Kontaktaufnahmen nehmen (Del in der Liste)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Date of the last step</source>
        <translation>Datum des letzten Schritts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date of the ste&amp;p</source>
        <translation>Datum des &amp;Schritts</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+3" />
        <source>Notes about the approach</source>
        <translation>Notizen zur Kontaktaufnahme</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What you learned about them, who could introduce you, what to ask…</source>
        <translation>Was du über die Person weißt, wer dich vorstellen könnte, was du fragen willst…</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+11" />
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <location line="-8" />
        <source>NetJournal never sends anything: make the message your own, copy it, and send it yourself from your own mail or chat.</source>
        <translation>NetJournal verschickt nie etwas: Formuliere die Nachricht in deinen Worten, kopiere sie und schicke sie selbst per Mail oder Chat.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the message to the clipboard</source>
        <translation>Die Nachricht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation>Die Nachricht in die Zwischenablage kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reset to template</source>
        <translation>Auf &amp;Vorlage zurücksetzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset the message to the template</source>
        <translation>Die Nachricht auf die Vorlage zurücksetzen</translation>
    </message>
    <message>
        <location line="+216" />
        <source>Copied: paste it into your own mail or chat.</source>
        <translation>Kopiert: Füge sie in deine Mail oder deinen Chat ein.</translation>
    </message>
</context>
<context>
    <name>OutreachTableModel</name>
    <message>
        <location filename="../../ui/models/outreach.py" line="+47" />
        <source>waiting for {span}</source>
        <translation>wartet schon {span}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Potential mentor</source>
        <translation>Mögliche/r Mentor/in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location line="+61" />
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+31" />
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{stage} on {date}</source>
        <translation>{stage} am {date}</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <location filename="../../ui/mentorships/outreach.py" line="+43" />
        <source>Potential mentors</source>
        <translation>Mögliche Mentor/innen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Contacted  waiting for 10 weeks</source>
        <translation>Kontaktiert  wartet seit 10 Wochen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Add a potential mentor…</source>
        <translation>Mögliche/n Mentor/in vormerken…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a potential mentor</source>
        <translation>Mögliche/n Mentor/in vormerken</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add someone you would like to learn from (Ctrl+Shift+A)</source>
        <translation>Jemanden hinzufügen, von dem du lernen möchtest (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Research first; then a short, respectful first message; then ask for a brief meeting.</source>
        <translation>Erst recherchieren; dann eine kurze, respektvolle erste Nachricht; dann um ein kurzes Treffen bitten.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Approach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Add a Potential Mentor…</source>
        <translation>Mögliche/n Mentor/in &amp;vormerken…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Copy First Message</source>
        <translation>Erste Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Remove from List</source>
        <translation>Von der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Outreach</source>
        <translation>&amp;Kontaktaufnahme</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No potential mentor matches “{text}”</source>
        <translation>Niemand passt zu „{text}“</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search looks in names, organizations, roles and notes.</source>
        <translation>Die Suche schaut in Namen, Organisationen, Rollen und Notizen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No potential mentors yet</source>
        <translation>Noch keine möglichen Mentor/innen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a potential mentor… (Ctrl+Shift+A): someone whose path you would like to learn from. Research them, draft a short first message here, ask for a brief meeting.</source>
        <translation>Mögliche/n Mentor/in vormerken… (Ctrl+Shift+A): jemand, von dessen Weg du lernen möchtest. Recherchiere, entwirf hier eine kurze erste Nachricht und bitte um ein kurzes Treffen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Select a potential mentor to plan the approach here.</source>
        <translation>Wähle eine Person aus der Liste, um hier die Kontaktaufnahme zu planen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each potential mentor's approach shows here: the stage, your notes, and a first message to make your own and copy.</source>
        <translation>Hier steht die Kontaktaufnahme zu jeder möglichen Mentorin und jedem möglichen Mentor: die Phase, deine Notizen und eine erste Nachricht, die du anpasst und kopierst.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Removed {name} from the outreach list</source>
        <translation>{name} von der Liste der Kontaktaufnahmen entfernt</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Add the agreement?</source>
        <translation>Vereinbarung hinzufügen?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} agreed to mentor you. Add a proposed agreement with them, to set out together what each of you expects, the goals, and how often you meet?</source>
        <translation>{name} hat zugesagt, dich als Mentor/in zu begleiten. Eine vorgeschlagene Vereinbarung hinzufügen, um gemeinsam festzulegen, was ihr voneinander erwartet, welche Ziele ihr habt und wie oft ihr euch trefft?</translation>
    </message>
    <message>
        <location line="+30" />
        <source>There is already an agreement with {name} ({status}): find it in Agreements.</source>
        <translation>Es gibt schon eine Vereinbarung mit {name} ({status}): Du findest sie unter Vereinbarungen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A proposed agreement with {name} is in Agreements: set out its terms together.</source>
        <translation>Unter Vereinbarungen steht jetzt eine vorgeschlagene Vereinbarung mit {name}: Legt ihre Bedingungen gemeinsam fest.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/security/passphrase.py" line="+98" />
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Encrypt Journal</source>
        <translation>Journal verschlüsseln</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose a new passphrase</source>
        <translation>Wähle eine neue Passphrase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypt the journal with a passphrase</source>
        <translation>Das Journal mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A good passphrase is a few unrelated words, four or more (“violet tram harbour lantern”): easy to remember, hard to guess. It needs at least {n} characters.</source>
        <translation>Eine gute Passphrase besteht aus ein paar Wörtern ohne Zusammenhang, vier oder mehr („Veilchen Straßenbahn Hafen Laterne“): leicht zu merken, schwer zu erraten. Sie braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;Without the passphrase nobody can read the journal — you included.&lt;/b&gt; NetJournal cannot recover it: write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Ohne die Passphrase kann niemand das Journal lesen – auch du nicht.&lt;/b&gt; NetJournal kann sie nicht wiederherstellen: Schreib sie auf und bewahre sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The journal's backups are rewritten with the new passphrase too; the window closes and opens again while that is done.</source>
        <translation>Auch die Sicherungen des Journals werden mit der neuen Passphrase neu geschrieben; dabei schließt sich das Fenster und öffnet sich wieder.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same &amp;again:</source>
        <translation>Noch &amp;einmal:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Show the passphrases as typed</source>
        <translation>Passphrasen beim Tippen &amp;zeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the passphrases as typed</source>
        <translation>Passphrasen beim Tippen zeigen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Change Passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Give the passphrase the journal has now.</source>
        <translation>Gib die jetzige Passphrase des Journals ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That is not the journal's passphrase.</source>
        <translation>Das ist nicht die Passphrase des Journals.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The two passphrases differ: type the new one again, exactly.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Gib die neue noch einmal genau ein.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people.py" line="+70" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Organization &amp; role</source>
        <translation>Organisation &amp; Rolle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location line="+159" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No contact logged yet</source>
        <translation>Noch kein Kontakt festgehalten</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No keep-in-touch cadence set</source>
        <translation>Kein Rhythmus fürs In-Kontakt-Bleiben festgelegt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{status} · {when}</source>
        <translation>{status} · {when}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{status}: check in by {date}</source>
        <translation>{status}: melde dich bis {date}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="+79" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Log an interaction…</source>
        <translation>Interaktion festhalten…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log an interaction with this person</source>
        <translation>Eine Interaktion mit dieser Person festhalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a meeting, a coffee, a call or a note (Ctrl+L)</source>
        <translation>Ein Treffen, einen Kaffee, einen Anruf oder eine Notiz festhalten (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+15" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This is me</source>
        <translation>Das bin ich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is me, the journal's owner</source>
        <translation>Das bin ich, Inhaber/in des Journals</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your own card: nobody can have a mentorship with you, and you share every goal.</source>
        <translation>Deine eigene Karte: Mit ihr gibt es kein Mentoring, und du teilst jedes Ziel.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emails, phones and links</source>
        <translation>E-Mails, Telefonnummern und Links</translation>
    </message>
    <message>
        <location line="+12" />
        <source>How we met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When we met</source>
        <translation>Datum des Kennenlernens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tags and skills</source>
        <translation>Schlagwörter und Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offers</source>
        <translation>Bietet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Looking for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes (Markdown)</source>
        <translation>Notizen (Markdown)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes in Markdown: **bold**, - lists, # headings</source>
        <translation>Notizen in Markdown: **fett**, - Listen, # Überschriften</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes preview</source>
        <translation>Vorschau der Notizen</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+193" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="-191" />
        <source>Preview notes</source>
        <translation>Notizen-Vorschau</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+3" />
        <source>Recent entries</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+66" />
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No check-in planned</source>
        <translation>Kein Check-in geplant</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No entries with them yet.</source>
        <translation>Noch keine Einträge mit dieser Person.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../ui/network/map_view.py" line="-652" />
        <source>Selected person</source>
        <translation>Gewählte Person</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+2" />
        <source>Open in Contacts</source>
        <translation>In Kontakten öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open this person in Contacts (Enter on the map)</source>
        <translation>Diese Person in den Kontakten öffnen (Enter auf der Karte)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What the colours mean</source>
        <translation>Was die Farben bedeuten</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Select someone on the map to see who they are and what links you.</source>
        <translation>Wähle jemanden auf der Karte, um zu sehen, wer es ist und was euch verbindet.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message numerus="yes">
        <location line="-4" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What links you</source>
        <translation>Was euch verbindet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Me ({name})</source>
        <translation>Ich ({name})</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Linked to %n people on the map</source>
        <translation>
            <numerusform>Mit %n Person auf der Karte verbunden</numerusform>
            <numerusform>Mit %n Personen auf der Karte verbunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mentorships</source>
        <translation>Mentorings</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{relative} ({date})</source>
        <translation>{relative} ({date})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>I mentor them</source>
        <translation>Ich als Mentor/in</translation>
    </message>
    <message>
        <location line="+2" />
        <source>They mentor me</source>
        <translation>Ich als Mentee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer mentorship</source>
        <translation>Peer-Mentoring</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Shared goal</source>
        <translation>Gemeinsames Ziel</translation>
    </message>
    <message>
        <location line="+16" />
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>with {names} and %n others</source>
        <translation>
            <numerusform>mit {names} und %n weiteren Person</numerusform>
            <numerusform>mit {names} und %n weiteren Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>and %n more tags</source>
        <translation>
            <numerusform>und %n weiteres Schlagwort</numerusform>
            <numerusform>und %n weitere Schlagwörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/entries/picker.py" line="+66" />
        <source>Any person</source>
        <translation>Jede Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type a name to add someone</source>
        <translation>Name eingeben, um jemanden hinzuzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find a person</source>
        <translation>Eine Person finden</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the selected participants</source>
        <translation>Die gewählten Beteiligten entfernen</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="-150" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+28" />
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the photo</source>
        <translation>Das Foto entfernen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“{name}” is not an image NetJournal can read.</source>
        <translation>„{name}“ ist kein Bild, das NetJournal lesen kann.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>A photo of {name}</source>
        <translation>Ein Foto von {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/widgets/privacy.py" line="+36" />
        <source>Hidden while the privacy screen is on ({shortcut})</source>
        <translation>Verborgen, solange der Sichtschutz an ist ({shortcut})</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Privacy Screen</source>
        <translation>&amp;Sichtschutz</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hide the notes of people and entries, sessions, reviews and outreach in every view, for working in public or sharing the screen; names, titles and dates stay ({shortcut})</source>
        <translation>Notizen zu Personen und Einträgen, Sitzungen, Rückblicken und Kontaktaufnahmen in allen Ansichten verbergen, etwa beim Arbeiten in der Öffentlichkeit oder beim Teilen des Bildschirms; Namen, Titel und Daten bleiben ({shortcut})</translation>
    </message>
</context>
<context>
    <name>RemoveEncryptionDialog</name>
    <message>
        <location filename="../../ui/security/passphrase.py" line="+36" />
        <source>Remove Encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove the journal's encryption?</source>
        <translation>Die Verschlüsselung des Journals entfernen?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The journal becomes a plain file again: anyone who can read the file can read every note in it. Its backups stay encrypted with the current passphrase: keep it to restore them.</source>
        <translation>Das Journal wird wieder eine normale Datei: Wer die Datei lesen kann, kann jede Notiz darin lesen. Seine Sicherungen bleiben mit der aktuellen Passphrase verschlüsselt: Bewahre die Passphrase auf, um die Sicherungen wiederherstellen zu können.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Remove Encryption</source>
        <translation>Verschlüsselung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Give the passphrase the journal has now.</source>
        <translation>Gib die jetzige Passphrase des Journals ein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>That is not the journal's passphrase.</source>
        <translation>Das ist nicht die Passphrase des Journals.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/mentorships/review.py" line="+87" />
        <source>Edit review</source>
        <translation>Rückblick bearbeiten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Review the agreement</source>
        <translation>Rückblick auf die Vereinbarung</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Date of the review</source>
        <translation>Datum des Rückblicks</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What works</source>
        <translation>Was funktioniert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What goes well and should stay (Markdown)</source>
        <translation>Was gut läuft und bleiben soll (Markdown)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What to change</source>
        <translation>Was sich ändern soll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What should change; its first line is the reason of a revision</source>
        <translation>Was sich ändern soll; die erste Zeile wird zum Grund der neuen Fassung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Optional: anything else (Markdown)</source>
        <translation>Optional: alles Weitere (Markdown)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+140" />
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="-134" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What &amp;works:</source>
        <translation>Was &amp;funktioniert:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to &amp;change:</source>
        <translation>Was sich &amp;ändern soll:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing changes: the agreement goes on as it is.</source>
        <translation>Nichts ändert sich: Die Vereinbarung läuft weiter wie bisher.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Once saved, a revision of the terms opens next, with what to change as its reason.</source>
        <translation>Nach dem Speichern öffnet sich eine neue Fassung der Bedingungen, mit „Was sich ändern soll“ als Grund.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The agreement is paused until you set it back to active.</source>
        <translation>Die Vereinbarung ruht, bis du sie wieder auf aktiv setzt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The agreement is completed: it ends on the day of this review.</source>
        <translation>Die Vereinbarung ist abgeschlossen: Sie endet am Tag dieses Rückblicks.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This decision has already acted on the agreement, so it stays as it was.</source>
        <translation>Diese Entscheidung hat sich bereits auf die Vereinbarung ausgewirkt und bleibt daher, wie sie war.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Next review</source>
        <translation>Nächster Rückblick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Plan the next review on</source>
        <translation>Nächsten Rückblick &amp;planen am</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan the next review</source>
        <translation>Nächsten Rückblick planen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date of the next review</source>
        <translation>Datum des nächsten Rückblicks</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Untick it to plan no review; a closed agreement needs none.</source>
        <translation>Entferne das Häkchen, um keinen Rückblick zu planen; eine beendete Vereinbarung braucht keinen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The review</source>
        <translation>Der Rückblick</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save review</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A review keeps the date it was held on.</source>
        <translation>Ein Rückblick behält das Datum, an dem er stattfand.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>them</source>
        <translation>der Person</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no active or paused agreement to review.</source>
        <translation>Es gibt keine aktive oder pausierte Vereinbarung für einen Rückblick.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review of the agreement with {name} · {facts}</source>
        <translation>Rückblick auf die Vereinbarung mit {name} · {facts}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the review</source>
        <translation>der Rückblick</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Held on {date}</source>
        <translation>Stattgefunden am {date}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only an active or paused agreement can be reviewed; the one with {name} is {status}.</source>
        <translation>Ein Rückblick ist nur für aktive oder pausierte Vereinbarungen möglich; die mit {name} ist {status}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Private unless ticked: a shareable review (what works, what to change and the notes) goes into the summary you share with {name}; a private one never leaves the journal.</source>
        <translation>Privat, solange nicht angehakt: Ein teilbarer Rückblick (was funktioniert, was sich ändern soll und die Notizen) kommt in die Zusammenfassung, die du mit {name} teilst; ein privater verlässt das Journal nie.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Pick the agreement to review.</source>
        <translation>Wähle die Vereinbarung für den Rückblick.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../../ui/mentorships/history.py" line="+47" />
        <source>Counterpart</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting cadence</source>
        <translation>Rhythmus der Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I expect of them</source>
        <translation>Was ich vom Gegenüber erwarte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they expect of me</source>
        <translation>Was das Gegenüber von mir erwartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Boundaries and confidentiality</source>
        <translation>Grenzen und Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objectives</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Person #{id}, no longer in the journal</source>
        <translation>Person Nr. {id}, nicht mehr im Journal</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No set rhythm</source>
        <translation>Kein fester Rhythmus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Goal #{id}, no longer in the journal</source>
        <translation>Ziel Nr. {id}, nicht mehr im Journal</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+5" />
        <source>Agreed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status: {before} → {after}</source>
        <translation>Status: {before} → {after}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status: {after}</source>
        <translation>Status: {after}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terms revised</source>
        <translation>Bedingungen geändert</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location line="+18" />
        <source>Revisions, newest first</source>
        <translation>Fassungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Revisions</source>
        <translation>&amp;Fassungen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Terms before and after the revision</source>
        <translation>Bedingungen vor und nach dieser Fassung</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show &amp;unchanged terms</source>
        <translation>&amp;Unveränderte Bedingungen zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show unchanged terms</source>
        <translation>Unveränderte Bedingungen zeigen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Revision {number} · {date}
{what}</source>
        <translation>Fassung {number} · {date}
{what}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>History of the agreement with {name}</source>
        <translation>Verlauf der Vereinbarung mit {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How the agreement with {name} adapted</source>
        <translation>Wie sich die Vereinbarung mit {name} entwickelt hat</translation>
    </message>
    <message>
        <location line="+22" />
        <source>This agreement has no revisions yet.</source>
        <translation>Diese Vereinbarung hat noch keine Fassungen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before (revision {n})</source>
        <translation>Vorher (Fassung {n})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After (revision {n})</source>
        <translation>Nachher (Fassung {n})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The first revision: the terms as they were proposed.</source>
        <translation>Die erste Fassung: die Bedingungen, wie sie vorgeschlagen wurden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The first revision: the terms as they were agreed.</source>
        <translation>Die erste Fassung: die Bedingungen, wie sie vereinbart wurden.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{what} — no term changed.</source>
        <translation>{what} – keine Bedingung geändert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{what} — 1 term changed.</source>
        <translation>{what} – 1 Bedingung geändert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} — {count} terms changed.</source>
        <translation>{what} – {count} Bedingungen geändert.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{term} — changed</source>
        <translation>{term} – geändert</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/mentorships/session.py" line="+50" />
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log a session</source>
        <translation>Sitzung festhalten</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional: what the session was about</source>
        <translation>Optional: worum es in der Sitzung ging</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The title heads whatever part of the session you mark shareable.</source>
        <translation>Der Titel steht über jedem Teil der Sitzung, den du als teilbar markierst.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+11" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-11" />
        <source>What you meant to cover (Markdown)</source>
        <translation>Was du besprechen wolltest (Markdown)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-9" />
        <source>What was said (Markdown)</source>
        <translation>Was gesagt wurde (Markdown)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+6" />
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="-5" />
        <source>What you take from it (Markdown)</source>
        <translation>Was du mitnimmst (Markdown)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Goals discussed</source>
        <translation>Besprochene Ziele</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ta&amp;keaways:</source>
        <translation>&amp;Erkenntnisse:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>G&amp;oals discussed</source>
        <translation>Besprochene &amp;Ziele</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The session</source>
        <translation>Die Sitzung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log session</source>
        <translation>Sitzung festhalten</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>them</source>
        <translation>der Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no agreement to log a session for: make one first.</source>
        <translation>Es gibt keine Vereinbarung, für die du eine Sitzung festhalten kannst: Lege zuerst eine an.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Session with {name} · {facts}</source>
        <translation>Sitzung mit {name} · {facts}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the next session</source>
        <translation>die nächste Sitzung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The agreement with {name} is {status}: no more sessions are logged for it. Set it back to active first.</source>
        <translation>Die Vereinbarung mit {name} ist {status}: Dafür werden keine Sitzungen mehr festgehalten. Setze sie zuerst wieder auf aktiv.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private notes never leave the journal: only the parts you mark shareable go into the summary you share with {name}.</source>
        <translation>Private Notizen verlassen das Journal nie: Nur die Teile, die du als teilbar markierst, kommen in die Zusammenfassung, die du mit {name} teilst.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Pick the agreement this session belongs to.</source>
        <translation>Wähle die Vereinbarung, zu der diese Sitzung gehört.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="+92" />
        <source>A keep-in-touch cadence is from {low} to {high} days (0 for none).</source>
        <translation>Ein Kontakt-Rhythmus liegt zwischen {low} und {high} Tagen (0 für keinen).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep from {low} to {high} daily backups.</source>
        <translation>Behalte {low} bis {high} tägliche Sicherungen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep from {low} to {high} weekly backups.</source>
        <translation>Behalte {low} bis {high} wöchentliche Sicherungen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after {low} to {high} minutes (0 for never).</source>
        <translation>Sperren nach {low} bis {high} Minuten (0 für nie).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A week starts on a day from Monday to Sunday.</source>
        <translation>Eine Woche beginnt an einem Tag von Montag bis Sonntag.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>“{key}” is not a setting of NetJournal.</source>
        <translation>„{key}“ ist keine Einstellung von NetJournal.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose on or off.</source>
        <translation>Wähle ein oder aus.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a time of day such as 09:00.</source>
        <translation>Gib eine Uhrzeit wie 09:00 an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NetJournal speaks {languages}; leave it empty to follow the system.</source>
        <translation>NetJournal spricht {languages}; lass es leer, um dem System zu folgen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose one of: {choices}.</source>
        <translation>Wähle eines von: {choices}.</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Keep at least one backup: with none kept daily or weekly, each day's backup would be deleted as soon as it is made.</source>
        <translation>Behalte mindestens eine Sicherung: Wird weder täglich noch wöchentlich eine behalten, würde die Sicherung jedes Tages gelöscht, sobald sie erstellt ist.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+59" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep-in-touch cadence of a new person</source>
        <translation>Kontakt-Rhythmus einer neuen Person</translation>
    </message>
    <message>
        <location line="+0" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No cadence</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A person you add starts with this keep-in-touch cadence; the people in the journal keep theirs.</source>
        <translation>Eine neu hinzugefügte Person beginnt mit diesem Kontakt-Rhythmus; die Personen im Journal behalten ihren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Keep in touch every:</source>
        <translation>&amp;Kontakt halten alle:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;daily:</source>
        <translation>&amp;Täglich behalten:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekly backups kept</source>
        <translation>Aufbewahrte wöchentliche Sicherungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A backup is made the first time the journal opens each day, in the backups folder beside it: the newest days are kept, then one for each week before.</source>
        <translation>Eine Sicherung entsteht, wenn das Journal an einem Tag zum ersten Mal geöffnet wird, im Ordner für Sicherungen daneben: Die neuesten Tage bleiben erhalten, davor je eine pro Woche.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep &amp;weekly:</source>
        <translation>&amp;Wöchentlich behalten:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes without input before locking</source>
        <translation>Minuten ohne Eingabe bis zum Sperren</translation>
    </message>
    <message>
        <location line="+0" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 for never</source>
        <translation>0 für nie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left alone this long, the journal closes and asks for its passphrase again.</source>
        <translation>Bleibt das Journal so lange unberührt, schließt es sich und fragt erneut nach der Passphrase.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This journal is not encrypted, so locking only hides it: anyone who can read the file can read it. It protects an encrypted journal (File → Encrypt Journal…).</source>
        <translation>Dieses Journal ist nicht verschlüsselt, daher verbirgt das Sperren es nur: Wer die Datei lesen kann, kann auch das Journal lesen. Schutz bietet es bei einem verschlüsselten Journal (Datei → Journal verschlüsseln…).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show notifications while NetJournal runs</source>
        <translation>Benachrichtigungen &amp;anzeigen, solange NetJournal läuft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the system tray; nothing leaves this computer.</source>
        <translation>Im Systembereich der Taskleiste; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A daily s&amp;ummary at</source>
        <translation>Tägliche &amp;Zusammenfassung um</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A daily summary</source>
        <translation>Tägliche Zusammenfassung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Time of the daily summary</source>
        <translation>Uhrzeit der täglichen Zusammenfassung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A &amp;reminder when a session or follow-up is due</source>
        <translation>&amp;Erinnerung bei fälliger Sitzung oder fälligem Nachfassen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reminders when something is due</source>
        <translation>Erinnerungen, wenn etwas fällig ist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As in the locale ({day})</source>
        <translation>Wie in der Region ({day})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Weeks s&amp;tart on:</source>
        <translation>Wochen&amp;beginn:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How dates are written</source>
        <translation>Wie Daten geschrieben werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Short, as in the locale</source>
        <translation>Kurz, wie in der Region</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long, with the month's name</source>
        <translation>Lang, mit Monatsnamen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISO 8601 (year-month-day)</source>
        <translation>ISO 8601 (Jahr-Monat-Tag)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>D&amp;ates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Light or dark</source>
        <translation>Hell oder dunkel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language of NetJournal</source>
        <translation>Sprache von NetJournal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A new language applies when NetJournal next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von NetJournal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La&amp;nguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Today reads {day}; a time, {moment}.</source>
        <translation>Heute: {day}; mit Uhrzeit: {moment}.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/today/tab.py" line="+558" />
        <source>Snooze until…</source>
        <translation>Zurückstellen bis…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring “{item}” back on:</source>
        <translation>„{item}“ zurückholen am:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The day it comes back</source>
        <translation>Der Tag, an dem es zurückkommt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../ui/mentorships/summary.py" line="+135" />
        <source>I am the mentor; {name} is the mentee.</source>
        <translation>Ich bin Mentor/in; {name} ist Mentee.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} is the mentor; I am the mentee.</source>
        <translation>{name} ist Mentor/in; ich bin Mentee.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} and I are peers: we learn from each other.</source>
        <translation>{name} und ich sind Peers: Wir lernen voneinander.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formal, through {program}</source>
        <translation>Formell, über {program}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Informal</source>
        <translation>Informell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>from {start} to {end}</source>
        <translation>vom {start} bis {end}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>since {start}</source>
        <translation>seit {start}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>until {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next review:</source>
        <translation>Nächster Rückblick:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>We meet:</source>
        <translation>Wir treffen uns:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No objectives written down yet.</source>
        <translation>Noch keine Vorhaben aufgeschrieben.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>target date {date}</source>
        <translation>Zieldatum {date}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not written down yet.</source>
        <translation>Noch nicht aufgeschrieben.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No open action items.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No notes are marked shareable.</source>
        <translation>Keine Notizen sind als teilbar markiert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Our mentorship agreement with {name}</source>
        <translation>Unsere Mentoring-Vereinbarung mit {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Objectives</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What we expect</source>
        <translation>Was wir erwarten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What I expect</source>
        <translation>Was ich erwarte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What {name} expects</source>
        <translation>Was {name} erwartet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Boundaries and confidentiality</source>
        <translation>Grenzen und Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared notes</source>
        <translation>Geteilte Notizen</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Mentorship agreement with {name}</source>
        <translation>Mentoring-Vereinbarung mit {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mentorship agreement</source>
        <translation>Mentoring-Vereinbarung</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location line="+34" />
        <source>Summary to share with {name}</source>
        <translation>Zusammenfassung zum Teilen mit {name}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The summary, as it will be shared</source>
        <translation>Die Zusammenfassung, so wie sie geteilt wird</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as Markdown</source>
        <translation>Als Markdown speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the summary</source>
        <translation>Die Zusammenfassung kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies it as Markdown, and formatted where pasted</source>
        <translation>Kopiert sie als Markdown und formatiert, wo sie eingefügt wird</translation>
    </message>
    <message>
        <location line="+39" />
        <source>1 private note was left out.</source>
        <translation>1 private Notiz wurde weggelassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n private notes were left out.</source>
        <translation>
            <numerusform>%n private Notiz wurde weggelassen.</numerusform>
            <numerusform>%n private Notizen wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>this agreement has no private notes.</source>
        <translation>diese Vereinbarung hat keine privaten Notizen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is exactly what will be shared with {name}. Only notes marked shareable are in it; {left_out}</source>
        <translation>Genau das wird mit {name} geteilt. Nur als teilbar markierte Notizen sind enthalten; {left_out}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save the summary as Markdown</source>
        <translation>Die Zusammenfassung als Markdown speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the summary as PDF</source>
        <translation>Die Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Could not save “{name}”: {reason}.</source>
        <translation>„{name}“ konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../../ui/timeline/tab.py" line="+70" />
        <location line="+1" />
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Filter by goal</source>
        <translation>Nach Ziel filtern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter by mentorship</source>
        <translation>Nach Mentoring filtern</translation>
    </message>
    <message>
        <location line="+8" />
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only entries from a date</source>
        <translation>Nur Einträge ab einem Datum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>U&amp;ntil</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only entries until a date</source>
        <translation>Nur Einträge bis zu einem Datum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the timeline filters</source>
        <translation>Die Filter der Zeitleiste zurücksetzen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Mentorship:</source>
        <translation>&amp;Mentoring:</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Any goal</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Any mentorship</source>
        <translation>Jedes Mentoring</translation>
    </message>
</context>
<context>
    <name>TimelineStreamModel</name>
    <message>
        <location filename="../../ui/models/stream.py" line="+42" />
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Milestone reached</source>
        <translation>Meilenstein erreicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal created</source>
        <translation>Ziel angelegt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal achieved</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement started</source>
        <translation>Vereinbarung begonnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement revised</source>
        <translation>Vereinbarung überarbeitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement ended</source>
        <translation>Vereinbarung beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+14" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline/tab.py" line="+65" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Upcoming&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demnächst&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <location line="+181" />
        <location line="+7" />
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Delete this entry from the journal? This cannot be undone.</source>
        <translation>Diesen Eintrag aus dem Journal löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Nothing matches these filters</source>
        <translation>Nichts passt zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear a filter or two to see more of the journal.</source>
        <translation>Setze ein, zwei Filter zurück, um mehr vom Journal zu sehen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing matches “{text}”</source>
        <translation>Nichts passt zu „{text}“</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search looks in the notes of entries and the titles of the rest.</source>
        <translation>Die Suche schaut in die Notizen von Einträgen und die Titel von allem anderen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No entries yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a meeting, a coffee, a call or a note and it appears here.</source>
        <translation>Halte ein Treffen, einen Kaffee, einen Anruf oder eine Notiz fest, und es erscheint hier.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select an item to read it here.</source>
        <translation>Wähle etwas aus, um es hier zu lesen.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+24" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+20" />
        <source>Mentorship</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who helped</source>
        <translation>Wer half</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>shareable</source>
        <translation>teilbar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+10" />
        <location line="+14" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What works</source>
        <translation>Was funktioniert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What to change</source>
        <translation>Was sich ändern soll</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../ui/today/tab.py" line="-465" />
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sessions and reviews</source>
        <translation>Sitzungen und Rückblicke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal target dates</source>
        <translation>Zieltermine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My action items</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on others</source>
        <translation>Warten auf andere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To celebrate</source>
        <translation>Zu feiern</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{names} and %n others</source>
        <translation>
            <numerusform>{names} und %n weitere Person</numerusform>
            <numerusform>{names} und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Follow-up from {kind}</source>
        <translation>Nachfassen: {kind}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up from {kind} with {names}</source>
        <translation>Nachfassen: {kind} mit {names}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>keep in touch {cadence}</source>
        <translation>in Kontakt bleiben {cadence}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>last in touch {when}</source>
        <translation>zuletzt in Kontakt {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not in touch yet</source>
        <translation>noch nicht in Kontakt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>you mentor them</source>
        <translation>du als Mentor/in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>they mentor you</source>
        <translation>du als Mentee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>peers</source>
        <translation>unter Peers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review of the agreement</source>
        <translation>Rückblick auf die Vereinbarung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>last session {when}</source>
        <translation>letzte Sitzung {when}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no session yet</source>
        <translation>noch keine Sitzung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>last review {when}</source>
        <translation>letzter Rückblick {when}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Target date of this goal</source>
        <translation>Zieldatum dieses Ziels</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target date of this goal ({category})</source>
        <translation>Zieldatum dieses Ziels ({category})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{percent}% done</source>
        <translation>{percent} % erledigt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You said you would</source>
        <translation>Du hast es zugesagt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You told {names} you would</source>
        <translation>Du hast es {names} zugesagt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{names} said they would</source>
        <translation>Von {names} zugesagt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Theirs</source>
        <translation>Aufgabe des Gegenübers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>toward “{goal}”</source>
        <translation>für „{goal}“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Achieved: celebrate it with the people who shared it</source>
        <translation>Erreicht: Feiere es mit den Personen, die es geteilt haben</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n weeks overdue</source>
        <translation>
            <numerusform>%n Woche überfällig</numerusform>
            <numerusform>%n Wochen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n months overdue</source>
        <translation>
            <numerusform>%n Monat überfällig</numerusform>
            <numerusform>%n Monate überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n years overdue</source>
        <translation>
            <numerusform>%n Jahr überfällig</numerusform>
            <numerusform>%n Jahre überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>achieved {when}</source>
        <translation>erreicht {when}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due {when}</source>
        <translation>fällig {when}</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+7" />
        <location line="+2" />
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Clear the follow-up date: it has been followed up</source>
        <translation>Das Datum zum Nachfassen löschen: Es wurde nachgefasst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In &amp;Touch</source>
        <translation>&amp;Kontakt gehalten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note that you were in touch today</source>
        <translation>Festhalten, dass du heute in Kontakt warst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Held</source>
        <translation>&amp;Gehalten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log the session as held now</source>
        <translation>Die Sitzung als jetzt gehalten festhalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review…</source>
        <translation>&amp;Rückblick…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write the review</source>
        <translation>Den Rückblick schreiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Achieved</source>
        <translation>&amp;Erreicht</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mark the goal achieved today</source>
        <translation>Das Ziel heute als erreicht markieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the action item done</source>
        <translation>Die Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Celebrate…</source>
        <translation>&amp;Feiern…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tell the people who shared the goal</source>
        <translation>Es den Personen sagen, die das Ziel geteilt haben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do what the selected item asks</source>
        <translation>Erledigen, was das gewählte Element verlangt</translation>
    </message>
    <message>
        <location line="+68" />
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location line="+2" />
        <source>and more than {count} more</source>
        <translation>und mehr als {count} weitere</translation>
    </message>
    <message numerus="yes">
        <location line="+538" />
        <source>%n things need you</source>
        <translation>
            <numerusform>%n Sache braucht dich</numerusform>
            <numerusform>%n Sachen brauchen dich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>More than {count} things need you</source>
        <translation>Mehr als {count} Sachen brauchen dich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} overdue</source>
        <translation>{count} überfällig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>more than {count} overdue</source>
        <translation>mehr als {count} überfällig</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location line="-201" />
        <location line="+341" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="-305" />
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open what the item is about</source>
        <translation>Öffnen, worum es geht</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open what the item is about (Return)</source>
        <translation>Öffnen, worum es geht (Return)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave it out of Today until tomorrow</source>
        <translation>Bis morgen nicht unter Heute zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For a &amp;Week</source>
        <translation>Eine &amp;Woche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave it out of Today for a week</source>
        <translation>Eine Woche lang nicht unter Heute zeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Until a &amp;Date…</source>
        <translation>Bis zu einem &amp;Datum…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the day it comes back</source>
        <translation>Den Tag wählen, an dem es zurückkommt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>D&amp;ismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave it out of Today until its date changes</source>
        <translation>Nicht unter Heute zeigen, bis sich sein Datum ändert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+273" />
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="-272" />
        <source>Snooze the selected item</source>
        <translation>Das gewählte Element zurückstellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the item out of Today for a while ({tomorrow}: until tomorrow)</source>
        <translation>Das Element eine Weile nicht unter Heute zeigen ({tomorrow}: bis morgen)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Nothing needs you today</source>
        <translation>Heute braucht dich nichts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up dates on entries, keep-in-touch cadences on people, mentorship sessions and reviews, goal target dates and action items with a due date show here when they fall due.</source>
        <translation>Nachfass-Termine von Einträgen, Kontakt-Rhythmen von Personen, Sitzungen und Rückblicke von Mentorings, Zieltermine und Aufgaben mit Fälligkeitsdatum erscheinen hier, sobald sie fällig werden.</translation>
    </message>
    <message>
        <location line="+151" />
        <source>In touch</source>
        <translation>Kontakt gehalten</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Followed up “{title}”</source>
        <translation>„{title}“ nachgefasst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In touch with {title} today</source>
        <translation>Heute in Kontakt mit {title}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged a session with {title}</source>
        <translation>Sitzung mit {title} festgehalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked “{title}” achieved</source>
        <translation>„{title}“ als erreicht markiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked “{title}” done</source>
        <translation>„{title}“ als erledigt markiert</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Snoozed “{title}” until {day}</source>
        <translation>„{title}“ bis {day} zurückgestellt</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dismissed “{title}”</source>
        <translation>„{title}“ ausgeblendet</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location line="-473" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../ui/contacts/undo.py" line="+31" />
        <location line="+2" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+33" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-18" />
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/security/unlock.py" line="+86" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Other Options…</source>
        <translation>Weitere &amp;Optionen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore a backup or open another journal file instead</source>
        <translation>Stattdessen eine Sicherung wiederherstellen oder eine andere Journal-Datei öffnen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Passphrase of the Backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the Journal</source>
        <translation>Journal entsperren</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <source>{name} is encrypted</source>
        <translation>{name} ist verschlüsselt</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The journal is locked</source>
        <translation>Das Journal ist gesperrt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>It was hidden after a while without input. It is not encrypted, so anyone who can read the file can read it: File → Encrypt Journal… protects it with a passphrase.</source>
        <translation>Es wurde nach einer Weile ohne Eingabe verborgen. Es ist nicht verschlüsselt, also kann jeder, der die Datei lesen kann, es lesen: Datei → Journal verschlüsseln… schützt es mit einer Passphrase.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the passphrase the journal had when this backup was made; nothing is changed until it opens the backup.</source>
        <translation>Gib die Passphrase ein, die das Journal hatte, als diese Sicherung entstand; nichts wird geändert, bis sie die Sicherung öffnet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It was closed after a while without input, or from File → Lock Now. Give its passphrase to show it again; what you were editing was saved.</source>
        <translation>Es wurde nach einer Weile ohne Eingabe oder über Datei → Jetzt sperren geschlossen. Gib seine Passphrase ein, um es wieder zu zeigen; was du bearbeitet hast, wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give its passphrase to open it; nothing is shown before.</source>
        <translation>Gib seine Passphrase ein, um es zu öffnen; vorher wird nichts gezeigt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Show the Journal</source>
        <translation>Journal &amp;zeigen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the passphrase.</source>
        <translation>Gib die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message>
        <location filename="../../ui/timeline/upcoming.py" line="+17" />
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reconnect</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal target</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action due</source>
        <translation>Aufgabe fällig</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+39" />
        <source>Overdue · {n} days</source>
        <translation>Überfällig · {n} Tage</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Nothing coming up</source>
        <translation>Nichts steht an</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Overdue · 1 day</source>
        <translation>Überfällig · 1 Tag</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../journal/archive.py" line="+145" />
        <source>The backup holds a table “{name}” this journal has not.</source>
        <translation>Die Sicherung enthält eine Tabelle „{name}“, die dieses Journal nicht hat.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup's table “{name}” is out of its order.</source>
        <translation>Die Tabelle „{name}“ der Sicherung steht nicht an ihrer Stelle.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../journal/imports.py" line="+410" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>A row of “{name}” in the backup has no uuid.</source>
        <translation>Eine Zeile von „{name}“ in der Sicherung hat keine UUID.</translation>
    </message>
    <message>
        <location filename="../../journal/entries.py" line="+31" />
        <location filename="../../journal/timeline.py" line="+91" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../journal/timeline.py" line="+3" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+172" />
        <location line="+25" />
        <location filename="../../journal/mentorships.py" line="+503" />
        <location line="+65" />
        <source>There is no entry #{entry_id} in the journal.</source>
        <translation>Im Journal gibt es keinen Eintrag #{entry_id}.</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Entries cannot be sorted by “{sort}”.</source>
        <translation>Einträge lassen sich nicht nach „{sort}“ sortieren.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+156" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-93" />
        <source>An entry needs a title, some notes or a participant.</source>
        <translation>Ein Eintrag braucht einen Titel, Notizen oder eine beteiligte Person.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>An entry has no field called “{name}”.</source>
        <translation>Ein Eintrag hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <location line="+58" />
        <location filename="../../journal/imports.py" line="-252" />
        <location filename="../../journal/mentorships.py" line="+84" />
        <location line="+79" />
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/goals.py" line="+471" />
        <location filename="../../journal/imports.py" line="+2" />
        <location filename="../../journal/mentorships.py" line="-77" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/imports.py" line="+1" />
        <location filename="../../journal/mentorships.py" line="+5" />
        <location line="+83" />
        <location line="+116" />
        <location filename="../../journal/outreach.py" line="+78" />
        <location filename="../../journal/people.py" line="+34" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who helped whom</source>
        <translation>Wer wem geholfen hat</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../journal/insights.py" line="+192" />
        <source>That is not an agreement of the journal.</source>
        <translation>Das ist keine Vereinbarung dieses Journals.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../journal/goals.py" line="-21" />
        <source>There is no person #{id} in the journal.</source>
        <translation>Im Journal gibt es keine Person #{id}.</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../journal/mentorships.py" line="+214" />
        <source>There is no goal #{id} in the journal.</source>
        <translation>Im Journal gibt es kein Ziel #{id}.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../journal/mentorships.py" line="-908" />
        <location line="+124" />
        <location line="+107" />
        <location line="+221" />
        <location line="+145" />
        <source>There is no agreement #{agreement_id} in the journal.</source>
        <translation>Im Journal gibt es keine Vereinbarung #{agreement_id}.</translation>
    </message>
    <message>
        <location filename="../../journal/files.py" line="+37" />
        <source>Nothing was changed. You can open another journal file, or move this one aside and start a new journal.</source>
        <translation>Es wurde nichts geändert. Du kannst eine andere Journaldatei öffnen oder diese beiseitelegen und ein neues Journal beginnen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was changed. The latest backup is {latest}: restore it with `netjournal restore {latest}`, or open another journal file.</source>
        <translation>Es wurde nichts geändert. Die neueste Sicherung ist {latest}: Stelle sie mit `netjournal restore {latest}` wieder her oder öffne eine andere Journaldatei.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>There is no backup at {backup}.</source>
        <translation>Unter {backup} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>That is the journal itself, not a backup of it.</source>
        <translation>Das ist das Journal selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup {backup} is damaged ({problem}); the journal was left as it was.</source>
        <translation>Die Sicherung {backup} ist beschädigt ({problem}); das Journal blieb unverändert.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The copy of {backup} did not check out; nothing changed.</source>
        <translation>Die Kopie von {backup} hat die Prüfung nicht bestanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The folder {folder} does not exist (a disk not connected, or moved?).</source>
        <translation>Der Ordner {folder} existiert nicht (ein nicht angeschlossenes Laufwerk oder verschoben?).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} lässt sich nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{what} If it is encrypted, give its passphrase.</source>
        <translation>{what} Wenn es verschlüsselt ist, gib seine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../journal/generate.py" line="+1328" />
        <source>The numbers of people and entries cannot be negative.</source>
        <translation>Die Anzahl der Personen und Einträge kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entries need people to take part in them: ask for 1 person or more.</source>
        <translation>Einträge brauchen beteiligte Personen: Wähle 1 Person oder mehr.</translation>
    </message>
    <message>
        <location filename="../../journal/goals.py" line="-396" />
        <location line="+46" />
        <location line="+72" />
        <location line="+76" />
        <location line="+45" />
        <location line="+48" />
        <location line="+20" />
        <location line="+55" />
        <source>There is no goal #{goal_id} in the journal.</source>
        <translation>Im Journal gibt es kein Ziel #{goal_id}.</translation>
    </message>
    <message>
        <location line="-340" />
        <source>Goals cannot be sorted by “{sort}”.</source>
        <translation>Ziele lassen sich nicht nach „{sort}“ sortieren.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+192" />
        <location filename="../../journal/people.py" line="-3" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-187" />
        <location line="+14" />
        <location filename="../../journal/people.py" line="+245" />
        <location line="+2" />
        <location line="+29" />
        <location line="+172" />
        <location line="+5" />
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+324" />
        <source>The target date cannot be before the start date.</source>
        <translation>Das Zieldatum kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="-315" />
        <source>The start date cannot be after the target date.</source>
        <translation>Der Beginn kann nicht nach dem Zieldatum liegen.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+279" />
        <source>Achieved on</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <location line="-264" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose who you told, or close without celebrating.</source>
        <translation>Wähle, wem du es erzählt hast, oder schließe, ohne zu feiern.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{title}” is not achieved yet: celebrate it once it is.</source>
        <translation>„{title}“ ist noch nicht erreicht: Feiere es, sobald es so weit ist.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Only a deleted goal's snapshot can be restored.</source>
        <translation>Nur der Schnappschuss eines gelöschten Ziels lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{title}” is already in the journal.</source>
        <translation>„{title}“ ist schon im Journal.</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+19" />
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+23" />
        <location filename="../../journal/mentorships.py" line="+161" />
        <location line="+50" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../journal/mentorships.py" line="+13" />
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A milestone's position must be a whole number.</source>
        <translation>Die Position eines Meilensteins muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A milestone has no field called “{key}”.</source>
        <translation>Ein Meilenstein hat kein Feld „{key}“.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+35" />
        <source>There is no milestone #{milestone_id}.</source>
        <translation>Es gibt keinen Meilenstein #{milestone_id}.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>A new order must name every milestone of the goal exactly once.</source>
        <translation>Eine neue Reihenfolge muss jeden Meilenstein des Ziels genau einmal nennen.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>You share every goal of your journal already: add the people you share it with, not yourself.</source>
        <translation>Du teilst jedes Ziel deines Journals schon: Füge die Personen hinzu, mit denen du es teilst, nicht dich selbst.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/mentorships.py" line="+102" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/mentorships.py" line="-1007" />
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A goal has no field called “{key}”.</source>
        <translation>Ein Ziel hat kein Feld „{key}“.</translation>
    </message>
    <message>
        <location filename="../../journal/imports.py" line="-21" />
        <location filename="../../journal/people.py" line="-210" />
        <location line="+28" />
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../journal/people.py" line="+15" />
        <location line="+242" />
        <location line="+9" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+23" />
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>how you met</source>
        <translation>Art des Kennenlernens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>when you met</source>
        <translation>Datum des Kennenlernens</translation>
    </message>
    <message>
        <location line="+3" />
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+17" />
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 contact detail ({kinds})</source>
        <translation>1 Kontaktangabe ({kinds})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} contact details ({kinds})</source>
        <translation>{count} Kontaktangaben ({kinds})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>tag {names}</source>
        <translation>Schlagwort {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tags {names}</source>
        <translation>Schlagwörter {names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a photo</source>
        <translation>ein Foto</translation>
    </message>
    <message>
        <location line="+49" />
        <source>It has neither a name nor an email.</source>
        <translation>Weder Name noch E-Mail vorhanden.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The same person as {where} (same email): imported once.</source>
        <translation>Dieselbe Person wie {where} (gleiche E-Mail): nur einmal importiert.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Already in the journal as {name}, with nothing new.</source>
        <translation>Schon im Journal als {name}, ohne etwas Neues.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>It has no title and no description.</source>
        <translation>Weder Titel noch Beschreibung vorhanden.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The same event twice: imported once.</source>
        <translation>Derselbe Termin zweimal: nur einmal importiert.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An entry with this title at this time exists.</source>
        <translation>Es gibt schon einen Eintrag mit diesem Titel zu dieser Zeit.</translation>
    </message>
    <message>
        <location filename="../../journal/insights.py" line="-89" />
        <source>“{value}” is not a number of {what} from {low} to {high}.</source>
        <translation>„{value}“ ist keine Anzahl {what} von {low} bis {high}.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That is not a person of the journal.</source>
        <translation>Das ist keine Person dieses Journals.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The start of the range must be a date.</source>
        <translation>Der Beginn des Zeitraums muss ein Datum sein.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>terms</source>
        <translation>Trimester</translation>
    </message>
    <message>
        <location filename="../../journal/keys.py" line="+37" />
        <source>Give a passphrase.</source>
        <translation>Gib eine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A passphrase needs at least {PASSPHRASE_MIN} characters; a few words are easier to remember than a short password.</source>
        <translation>Eine Passphrase braucht mindestens {PASSPHRASE_MIN} Zeichen; ein paar Wörter merkt man sich leichter als ein kurzes Passwort.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A passphrase can have at most {PASSPHRASE_MAX} characters.</source>
        <translation>Eine Passphrase darf höchstens {PASSPHRASE_MAX} Zeichen haben.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Eine Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{path} is encrypted already; change its passphrase instead.</source>
        <translation>{path} ist schon verschlüsselt; ändere stattdessen die Passphrase.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is not encrypted.</source>
        <translation>{path} ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is not encrypted; encrypt it first.</source>
        <translation>{path} ist nicht verschlüsselt; verschlüssele es zuerst.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new passphrase is the same as the old one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die alte.</translation>
    </message>
    <message>
        <location filename="../../journal/mentorships.py" line="-10" />
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What I expect</source>
        <translation>Was ich erwarte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they expect</source>
        <translation>Was das Gegenüber erwartet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Boundaries and confidentiality</source>
        <translation>Grenzen und Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review date</source>
        <translation>Rückblickdatum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you mentor them</source>
        <translation>du Mentor/in bist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>they mentor you</source>
        <translation>du Mentee bist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you are peers</source>
        <translation>ihr auf Augenhöhe seid</translation>
    </message>
    <message>
        <location line="+33" />
        <source>An action item must be given as title, owner and due date.</source>
        <translation>Eine Aufgabe muss als Titel, zuständige Person und Fälligkeitsdatum angegeben werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Action item {n}</source>
        <translation>Aufgabe {n}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{label}: that is not an action item of the journal.</source>
        <translation>{label}: Das ist keine Aufgabe dieses Journals.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Action item {n}: owner</source>
        <translation>Aufgabe {n}: zuständige Person</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Action item {n}: due date</source>
        <translation>Aufgabe {n}: Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Agreements cannot be sorted by “{sort}”.</source>
        <translation>Vereinbarungen lassen sich nicht nach „{sort}“ sortieren.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+818" />
        <source>The end date cannot be before the start date.</source>
        <translation>Das Enddatum kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="-809" />
        <source>The start date cannot be after the end date.</source>
        <translation>Der Beginn kann nicht nach dem Enddatum liegen.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+803" />
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="-801" />
        <source>over</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This agreement is {word}: its terms stay as they were. Set it back to active or proposed to change them.</source>
        <translation>Diese Vereinbarung ist {word}: Ihre Bedingungen bleiben, wie sie sind. Setze sie auf aktiv oder vorgeschlagen zurück, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Say why the terms of an agreed mentorship change; the reason is kept with the revision.</source>
        <translation>Sag, warum sich die Bedingungen eines vereinbarten Mentorings ändern; der Grund wird mit der Fassung gespeichert.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Only a deleted agreement's snapshot can be restored.</source>
        <translation>Nur der Schnappschuss einer gelöschten Vereinbarung lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>That agreement is already in the journal.</source>
        <translation>Diese Vereinbarung ist schon im Journal.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{value} is no longer in the journal, so the agreement cannot come back.</source>
        <translation>{value} ist nicht mehr im Journal, daher kann die Vereinbarung nicht zurückkommen.</translation>
    </message>
    <message>
        <location line="+197" />
        <source>The agreement with {person_name} is {status}: no more sessions are logged for it. Set it back to active first.</source>
        <translation>Die Vereinbarung mit {person_name} ist {status}: Dafür werden keine Sitzungen mehr festgehalten. Setze sie zuerst wieder auf aktiv.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Action items must be given as a list.</source>
        <translation>Aufgaben müssen als Liste angegeben werden.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Action item #{action_id} is not one of this session's.</source>
        <translation>Aufgabe #{action_id} gehört nicht zu dieser Sitzung.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+111" />
        <source>What works</source>
        <translation>Was funktioniert</translation>
    </message>
    <message>
        <location line="-106" />
        <location line="+113" />
        <source>What to change</source>
        <translation>Was sich ändern soll</translation>
    </message>
    <message>
        <location line="-105" />
        <source>Next review</source>
        <translation>Nächster Rückblick</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say what works or what to change before saving a review.</source>
        <translation>Sag, was funktioniert oder was sich ändern soll, bevor du einen Rückblick speicherst.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Only an active or paused agreement can be reviewed; the one with {person_name} is {status}.</source>
        <translation>Nur für eine aktive oder pausierte Vereinbarung gibt es einen Rückblick; die mit {person_name} ist {status}.</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Entry #{entry_id} is not a review of an agreement.</source>
        <translation>Eintrag #{entry_id} ist kein Rückblick auf eine Vereinbarung.</translation>
    </message>
    <message>
        <location line="+51" />
        <location line="+48" />
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="-45" />
        <location line="+49" />
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../interchange/vcard_export.py" line="+232" />
        <location line="+80" />
        <source>NetJournal writes vCard 4.0 or 3.0, not “{version}”.</source>
        <translation>NetJournal schreibt vCard 4.0 oder 3.0, nicht „{version}“.</translation>
    </message>
    <message>
        <location line="-38" />
        <location filename="../../journal/mentorships.py" line="-38" />
        <location line="+101" />
        <location filename="../../journal/outreach.py" line="-26" />
        <location filename="../../journal/people.py" line="-458" />
        <location line="+234" />
        <location line="+30" />
        <location line="+55" />
        <location line="+23" />
        <source>There is no person #{person_id} in the journal.</source>
        <translation>Im Journal gibt es keine Person #{person_id}.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Photos left out, in a format other than PNG, JPEG, GIF or WebP: {count:,} (the first: {name}).</source>
        <translation>Ausgelassene Fotos in einem anderen Format als PNG, JPEG, GIF oder WebP: {count:,} (das erste: {name}).</translation>
    </message>
    <message>
        <location filename="../../journal/mentorships.py" line="-93" />
        <source>There is no agreement #{agreement_id}.</source>
        <translation>Es gibt keine Vereinbarung #{agreement_id}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no entry #{entry_id}.</source>
        <translation>Es gibt keinen Eintrag #{entry_id}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>An action item has no field called “{key}”.</source>
        <translation>Eine Aufgabe hat kein Feld „{key}“.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+14" />
        <location line="+6" />
        <source>There is no action item #{action_id}.</source>
        <translation>Es gibt keine Aufgabe #{action_id}.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>An agreement needs someone other than you: {display_name} is marked as you in Contacts.</source>
        <translation>Eine Vereinbarung braucht jemand anderen als dich: {display_name} ist in Kontakte als du markiert.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>There is already an active agreement with {name} in which {value}. Complete, pause or end that one first.</source>
        <translation>Es gibt schon eine aktive Vereinbarung mit {name}, in der {value}. Schließe, pausiere oder beende diese zuerst.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Meeting cadence</source>
        <translation>Rhythmus der Treffen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Objectives must be given as a list of goals.</source>
        <translation>Die Ziele einer Vereinbarung müssen als Liste angegeben werden.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An agreement has no field called “{key}”.</source>
        <translation>Eine Vereinbarung hat kein Feld „{key}“.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>only proposed</source>
        <translation>erst vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../../journal/network.py" line="+152" />
        <source>The map shows between 1 and {MAX_LIMIT:,} people, not “{limit}”.</source>
        <translation>Die Karte zeigt 1 bis {MAX_LIMIT:,} Personen, nicht „{limit}“.</translation>
    </message>
    <message>
        <location filename="../../journal/operations.py" line="+29" />
        <source>The journal {path} has been closed.</source>
        <translation>Das Journal {path} wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../journal/outreach.py" line="-17" />
        <location line="+55" />
        <location line="+17" />
        <source>Person #{person_id} is not on the outreach list.</source>
        <translation>Person #{person_id} steht nicht auf der Liste der Kontaktaufnahmen.</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date of the step</source>
        <translation>Datum des Schritts</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{display_name} is marked as you: approach someone else.</source>
        <translation>{display_name} ist als du markiert: Sprich jemand anderen an.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Only a removed outreach can be put back.</source>
        <translation>Nur eine entfernte Kontaktaufnahme lässt sich zurückholen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{display_name} is no longer in the journal.</source>
        <translation>{display_name} ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <location filename="../../journal/people.py" line="-426" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../interchange/limits.py" line="+46" />
        <source>The birthday “{text}” is not a date; it was left out.</source>
        <translation>Der Geburtstag „{text}“ ist kein Datum; er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The birthday “{text}” has no year; the journal keeps whole dates, so it was left out.</source>
        <translation>Der Geburtstag „{text}“ hat keine Jahreszahl; das Journal speichert nur vollständige Daten, daher wurde er ausgelassen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The file does not exist.</source>
        <translation>Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file cannot be read: permission denied.</source>
        <translation>Die Datei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It is not a regular file (a device, a pipe or a socket), so it is not read.</source>
        <translation>Das ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket), daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is too large to import: {size:,.1f} MB, at most {limit:,.1f} MB.</source>
        <translation>Die Datei ist zu groß zum Importieren: {size:,.1f} MB, höchstens {limit:,.1f} MB.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is too large to import: more than {limit:,.1f} MB (it grew while it was read).</source>
        <translation>Die Datei ist zu groß zum Importieren: mehr als {limit:,.1f} MB (sie ist beim Lesen gewachsen).</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The file could not be read on from row {row} (line {line}): {reason}.</source>
        <translation>Ab Datensatz {row} (Zeile {line}) konnte die Datei nicht weiter gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{what} {day} is not a date the journal keeps (the years {first} to {last}); it was left out.</source>
        <translation>{what} {day} liegt außerhalb der Jahre, die das Journal speichert ({first} bis {last}); das Datum wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{label} was {length:,} characters long, more than the {limit:,} kept; it was cut.</source>
        <translation>{label}: {length:,} Zeichen, mehr als die {limit:,}, die das Journal speichert; der Text wurde gekürzt.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The given name</source>
        <translation>Der Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The family name</source>
        <translation>Der Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The nickname</source>
        <translation>Der Spitzname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The organization</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../journal/people.py" line="+2" />
        <source>How we met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An email</source>
        <translation>Eine E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A phone number</source>
        <translation>Eine Telefonnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A link</source>
        <translation>Ein Link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An address</source>
        <translation>Eine Adresse</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A contact method</source>
        <translation>Eine Kontaktmöglichkeit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>It has {count:,} emails, phones, links and addresses; the first {kept} were kept.</source>
        <translation>Es gibt {count:,} E-Mails, Telefonnummern, Links und Adressen; nur die ersten {kept} wurden behalten.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A tag</source>
        <translation>Ein Schlagwort</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The location</source>
        <translation>Der Ort</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <location filename="../../journal/people.py" line="+1" />
        <source>Where we met</source>
        <translation>Ort des Kennenlernens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A contact method needs a kind and a value, not “{method}”.</source>
        <translation>Eine Kontaktmöglichkeit braucht eine Art und einen Wert, nicht „{method}“.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Contact kind</source>
        <translation>Kontaktart</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{value}” is not an email address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>People cannot be sorted by “{sort}”.</source>
        <translation>Personen lassen sich nicht nach „{sort}“ sortieren.</translation>
    </message>
    <message>
        <location line="+97" />
        <location line="+53" />
        <source>Keep-in-touch cadence</source>
        <translation>Kontakt-Rhythmus</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A person has no field called “{value}”.</source>
        <translation>Eine Person hat kein Feld „{value}“.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Only a deleted person's snapshot can be restored.</source>
        <translation>Nur der Schnappschuss einer gelöschten Person lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{display_name} is already in the journal.</source>
        <translation>{display_name} ist schon im Journal.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Outreach stage</source>
        <translation>Phase der Kontaktaufnahme</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This person is the counterpart of a mentorship agreement, so they cannot be you.</source>
        <translation>Diese Person ist das Gegenüber einer Mentoring-Vereinbarung und kann daher nicht du sein.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Tag name</source>
        <translation>Name des Schlagworts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is already a tag called “{name}”.</source>
        <translation>Es gibt schon ein Schlagwort „{name}“.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no tag #{tag_id}.</source>
        <translation>Es gibt kein Schlagwort #{tag_id}.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A person has no field called “{key}”.</source>
        <translation>Eine Person hat kein Feld „{key}“.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Birthday cannot be in the future.</source>
        <translation>Der Geburtstag kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The photo must be image data.</source>
        <translation>Das Foto muss aus Bilddaten bestehen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The photo is too large ({size_kb} KB); it must be scaled down below {limit_kb} KB first.</source>
        <translation>Das Foto ist zu groß ({size_kb} KB); es muss zuerst unter {limit_kb} KB verkleinert werden.</translation>
    </message>
    <message>
        <location filename="../../journal/timeline.py" line="-62" />
        <source>That is not a place in the timeline to continue from.</source>
        <translation>Das ist keine Stelle in der Zeitleiste, an der es weitergehen kann.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{kind}” is not a kind of thing in the timeline.</source>
        <translation>„{kind}“ ist keine Art von Eintrag in der Zeitleiste.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>“{value}” is not a number of days or items.</source>
        <translation>„{value}“ ist keine Anzahl von Tagen oder Einträgen.</translation>
    </message>
    <message>
        <location filename="../../journal/today.py" line="+194" />
        <source>“{key}” is not an item of Today.</source>
        <translation>„{key}“ ist kein Punkt von Heute.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Today must be a date.</source>
        <translation>„Heute“ muss ein Datum sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{limit}” is not a number of items from 1 to 1,000.</source>
        <translation>„{limit}“ ist keine Anzahl von Punkten von 1 bis 1.000.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A review is done by writing it: open it to say what works and what to change.</source>
        <translation>Ein Rückblick ist erledigt, wenn du ihn schreibst: Öffne ihn und sag, was funktioniert und was sich ändern soll.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A goal is celebrated with the people who shared it: open it to tell them.</source>
        <translation>Ein Ziel feierst du mit den Personen, die es geteilt haben: Öffne es, um es ihnen zu erzählen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only what `done` did can be undone.</source>
        <translation>Nur was `done` getan hat, lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Snooze until a day after today.</source>
        <translation>Stelle bis zu einem Tag nach heute zurück.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>“{key}” is no longer in the journal.</source>
        <translation>„{key}“ ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only a snooze or a dismissal can be restored.</source>
        <translation>Nur Zurückgestelltes oder Ausgeblendetes lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../journal/validate.py" line="+35" />
        <source>{label}: {value} is not a date the journal keeps (the years {FIRST_YEAR} to {LAST_YEAR}).</source>
        <translation>{label}: {value} ist kein Datum, das das Journal speichert (die Jahre {FIRST_YEAR} bis {LAST_YEAR}).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{label} must be text.</source>
        <translation>{label} muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{label} is too long: {length:,} characters, at most {limit:,}.</source>
        <translation>{label} ist zu lang: {length:,} Zeichen, höchstens {limit:,}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{label} contains a NUL character.</source>
        <translation>{label} enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{label} contains U+{code:04X}, half of a character that cannot be stored; retype or remove it.</source>
        <translation>{label} enthält U+{code:04X}, die Hälfte eines Zeichens, das sich nicht speichern lässt; tippe es neu oder entferne es.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{label} cannot be empty.</source>
        <translation>{label} darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{label}: “{value}” is not a date that exists (expected YYYY-MM-DD).</source>
        <translation>{label}: „{value}“ ist kein existierendes Datum (erwartet: JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{label} must be a date.</source>
        <translation>{label} muss ein Datum sein.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{label}: “{value}” is not a date and time that exists (expected YYYY-MM-DD HH:MM).</source>
        <translation>{label}: „{value}“ ist kein existierendes Datum mit Uhrzeit (erwartet: JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{label} is required.</source>
        <translation>{label} ist erforderlich.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label} must be a date and time.</source>
        <translation>{label} muss ein Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{label} is required: one of {allowed}.</source>
        <translation>{label} ist erforderlich: eines von {allowed}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label}: “{value}” is not one of {allowed}.</source>
        <translation>{label}: „{value}“ ist keines von {allowed}.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{label} must be a whole number of days.</source>
        <translation>{label} muss eine ganze Zahl von Tagen sein.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{label} must be between 1 and {limit} days.</source>
        <translation>{label} muss zwischen 1 und {limit} Tagen liegen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A page must hold at least one row, not {limit!r}.</source>
        <translation>Eine Seite muss mindestens eine Zeile enthalten, nicht {limit!r}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{label} must be a whole number from 0 to 100.</source>
        <translation>{label} muss eine ganze Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{label} names must be given as a list, not as one text.</source>
        <translation>Namen für {label} müssen als Liste angegeben werden, nicht als ein Text.</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_export.py" line="+255" />
        <source>“{table}” is not a table NetJournal exports ({value}).</source>
        <translation>„{table}“ ist keine Tabelle, die NetJournal exportiert ({value}).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Choose at least one table to export.</source>
        <translation>Wähle mindestens eine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../../interchange/filenames.py" line="+174" />
        <source>“{path}” is not a file name.</source>
        <translation>„{path}“ ist kein Dateiname.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{target}” is a folder; choose a file name inside it.</source>
        <translation>„{target}“ ist ein Ordner; wähle einen Dateinamen darin.</translation>
    </message>
    <message>
        <location line="-45" />
        <source>“{target}” already exists; choose another name, or allow replacing it.</source>
        <translation>„{target}“ existiert schon; wähle einen anderen Namen oder erlaube das Ersetzen.</translation>
    </message>
    <message>
        <location line="+56" />
        <location line="+170" />
        <source>“{target}” is not an ordinary file; it was left as it was.</source>
        <translation>„{target}“ ist keine gewöhnliche Datei; sie blieb unverändert.</translation>
    </message>
    <message>
        <location line="-162" />
        <source>The folder “{folder}” does not exist.</source>
        <translation>Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{target}” cannot be written: you do not have permission to write in “{folder}”.</source>
        <translation>„{target}“ kann nicht geschrieben werden: Du hast keine Schreibrechte in „{folder}“.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>“{folder}” is a file, not a folder.</source>
        <translation>„{folder}“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{folder}” cannot be written: you do not have permission to write there.</source>
        <translation>In „{folder}“ kann nicht geschrieben werden: Du hast dort keine Schreibrechte.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>“{place}” is in the way: it is not a folder of this export.</source>
        <translation>„{place}“ steht im Weg: Es ist kein Ordner dieses Exports.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>“{value}” would be written outside “{base}”; nothing was written there.</source>
        <translation>„{value}“ würde außerhalb von „{base}“ geschrieben; dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>“{folder}” already held 1 other thing; the export was written beside it and it was not changed or removed.</source>
        <translation>„{folder}“ enthielt schon 1 andere Datei; der Export wurde daneben geschrieben, sie wurde weder geändert noch entfernt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{folder}” already held {count:,} other things; the export was written beside them and none of them was changed or removed.</source>
        <translation>„{folder}“ enthielt schon {count:,} andere Dateien; der Export wurde daneben geschrieben, keine davon wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>The export was cancelled; no file was left half-written.</source>
        <translation>Der Export wurde abgebrochen; keine Datei blieb halb geschrieben zurück.</translation>
    </message>
    <message>
        <location filename="../../interchange/ics_export.py" line="+238" />
        <source>“{kind}” is not something a calendar can hold (one of {kinds}).</source>
        <translation>„{kind}“ lässt sich nicht in einen Kalender aufnehmen (möglich ist eines von {kinds}).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The horizon must be a number of days from 0 to 3,660.</source>
        <translation>Der Horizont muss eine Anzahl von Tagen von 0 bis 3.660 sein.</translation>
    </message>
    <message>
        <location filename="../../interchange/jobs.py" line="+123" />
        <source>No file to import was given.</source>
        <translation>Es wurde keine Datei zum Importieren angegeben.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} is a NetJournal backup: it is merged on its own. Import it by itself, then the other files.</source>
        <translation>{name} ist eine NetJournal-Sicherung: Sie wird für sich allein zusammengeführt. Importiere sie einzeln, dann die anderen Dateien.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>“{fmt}” is not a format NetJournal exports; choose one of {value}.</source>
        <translation>„{fmt}“ ist kein Format, das NetJournal exportiert; wähle eines von {value}.</translation>
    </message>
    <message>
        <location filename="../../interchange/json_backup.py" line="+75" />
        <source>{name} is not a NetJournal backup (a JSON file written by `netjournal export json`).</source>
        <translation>{name} ist keine NetJournal-Sicherung (eine JSON-Datei, geschrieben von `netjournal export json`).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} was written by a newer NetJournal (backup format {value}); update NetJournal to read it.</source>
        <translation>{name} wurde von einem neueren NetJournal geschrieben (Sicherungsformat {value}); aktualisiere NetJournal, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>{name}, line {line}: the backup is damaged or cut short there.</source>
        <translation>{name}, Zeile {line}: Die Sicherung ist dort beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../interchange/markdown_export.py" line="+368" />
        <source>The number of entries per note must be from 0 to {MAX_ENTRIES:,}.</source>
        <translation>Die Anzahl der Einträge pro Notiz muss zwischen 0 und {MAX_ENTRIES:,} liegen.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{count:,} of the files to write already exist in “{root}” (the first is “{first}”); nothing was written. Allow replacing them, or choose another folder.</source>
        <translation>{count:,} der zu schreibenden Dateien gibt es schon in „{root}“ (die erste ist „{first}“); nichts wurde geschrieben. Erlaube das Ersetzen oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../interchange/photos.py" line="+49" />
        <source>The photo is empty.</source>
        <translation>Das Foto ist leer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The photo is too large: {size_mb:,.1f} MB, at most {limit_mb} MB.</source>
        <translation>Das Foto ist zu groß: {size_mb:,.1f} MB, höchstens {limit_mb} MB.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo is not an image NetJournal can read.</source>
        <translation>Das Foto ist kein Bild, das NetJournal lesen kann.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The photo is a {value} image; NetJournal reads JPEG, PNG, GIF, BMP and WebP photos.</source>
        <translation>Das Foto ist ein {value}-Bild; NetJournal liest JPEG-, PNG-, GIF-, BMP- und WebP-Fotos.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The photo does not say its size; it is not read.</source>
        <translation>Das Foto gibt seine Größe nicht an; es wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo is too large: {width:,} × {height:,} pixels; it is not decoded.</source>
        <translation>Das Foto ist zu groß: {width:,} × {height:,} Pixel; es wird nicht dekodiert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo could not be decoded ({value}).</source>
        <translation>Das Foto ließ sich nicht dekodieren ({value}).</translation>
    </message>
    <message>
        <location filename="../../interchange/google_csv.py" line="+106" />
        <source>The first row is not the header of a Google Contacts export (First Name, … E-mail 1 - Value, Labels); the file was not read.</source>
        <translation>Die erste Zeile ist nicht die Kopfzeile eines Exports aus Google Kontakte (First Name, … E-mail 1 - Value, Labels); die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The photos of {count:,} contacts are links to Google's servers; NetJournal downloads nothing, so they were left out.</source>
        <translation>Die Fotos von {count:,} Kontakten sind Links zu Googles Servern; NetJournal lädt nichts herunter, daher wurden sie ausgelassen.</translation>
    </message>
    <message>
        <location line="+112" />
        <location filename="../../interchange/vcard.py" line="+749" />
        <source>The birthday</source>
        <translation>Der Geburtstag</translation>
    </message>
    <message>
        <location filename="../../interchange/ics.py" line="+52" />
        <source>The calendar is too large to import: {size:,.1f} MB, at most {limit:,.1f} MB (a calendar is read whole, its time zones with it; split it into smaller files, by year for instance).</source>
        <translation>Der Kalender ist zu groß zum Importieren: {size:,.1f} MB, höchstens {limit:,.1f} MB (ein Kalender wird am Stück gelesen, samt seinen Zeitzonen; teile ihn in kleinere Dateien auf, zum Beispiel nach Jahren).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The file is cut short: it ends inside a {component}; what it holds up to its end was read.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet innerhalb von {component}; was sie bis dahin enthält, wurde gelesen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>It is not a calendar that can be read ({reason}).</source>
        <translation>Das ist kein lesbarer Kalender ({reason}).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The calendar “{title}” holds no events; nothing was imported from it.</source>
        <translation>Der Kalender „{title}“ enthält keine Termine; daraus wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The calendar holds no events; nothing was imported from it.</source>
        <translation>Der Kalender enthält keine Termine; daraus wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The event could not be read ({reason}); it was left out.</source>
        <translation>Der Termin konnte nicht gelesen werden ({reason}); er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No calendar (BEGIN:VCALENDAR) was found.</source>
        <translation>Es wurde kein Kalender (BEGIN:VCALENDAR) gefunden.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The event “{title}” starts at “{start}”, which is not a date and time; it was left out.</source>
        <translation>Der Termin „{title}“ hat als Beginn „{start}“, was kein Datum mit Uhrzeit ist; er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The event starts at “{start}”, which is not a date and time; it was left out.</source>
        <translation>Der Termin hat als Beginn „{start}“, was kein Datum mit Uhrzeit ist; er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The event “{title}” has no start date and time; it was left out.</source>
        <translation>Der Termin „{title}“ hat keinen Beginn (Datum und Uhrzeit); er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The event has no start date and time; it was left out.</source>
        <translation>Der Termin hat keinen Beginn (Datum und Uhrzeit); er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The {prop} could not be read ({reason}); it was left out.</source>
        <translation>Das Feld {prop} konnte nicht gelesen werden ({reason}); es wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../../interchange/vcard.py" line="-119" />
        <source>The line “{text}” could not be read; it was left out.</source>
        <translation>Die Zeile „{text}“ konnte nicht gelesen werden; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A line could not be read ({reason}); it was left out.</source>
        <translation>Eine Zeile konnte nicht gelesen werden ({reason}); sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../interchange/linkedin.py" line="+90" />
        <source>No header row of LinkedIn's connections (First Name, Last Name, … Connected On) was found in the file.</source>
        <translation>In der Datei wurde keine Kopfzeile der LinkedIn-Kontakte (First Name, Last Name, … Connected On) gefunden.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>“{text}” (Connected On) is not a date; the day you connected was left out.</source>
        <translation>„{text}“ (Connected On) ist kein Datum; der Tag, an dem ihr euch vernetzt habt, wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../interchange/readers.py" line="+30" />
        <source>It is none of the files NetJournal imports: a vCard file (.vcf), a calendar (.ics), LinkedIn's Connections.csv, a Google Contacts CSV export or a NetJournal backup (.json).</source>
        <translation>Das ist keine der Dateien, die NetJournal importiert: eine vCard-Datei (.vcf), ein Kalender (.ics), die Connections.csv von LinkedIn, ein CSV-Export aus Google Kontakte oder eine NetJournal-Sicherung (.json).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It is a CSV file, but neither LinkedIn's Connections.csv (with the columns First Name, Last Name, URL, Email Address, Company, Position, Connected On) nor a Google Contacts export (First Name, … E-mail 1 - Value, Labels).</source>
        <translation>Das ist eine CSV-Datei, aber weder die Connections.csv von LinkedIn (mit den Spalten First Name, Last Name, URL, Email Address, Company, Position, Connected On) noch ein Export aus Google Kontakte (First Name, … E-mail 1 - Value, Labels).</translation>
    </message>
    <message>
        <location filename="../../interchange/vcard.py" line="-544" />
        <source>The card could not be read ({reason}).</source>
        <translation>Die Karte konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+110" />
        <source>No card (BEGIN:VCARD … END:VCARD) was found in the file.</source>
        <translation>In der Datei wurde keine Karte (BEGIN:VCARD … END:VCARD) gefunden.</translation>
    </message>
    <message>
        <location line="+87" />
        <source>“{text}” is outside any card (BEGIN:VCARD … END:VCARD); it was skipped.</source>
        <translation>„{text}“ steht außerhalb jeder Karte (BEGIN:VCARD … END:VCARD); die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>“{text}” continues no line; it was skipped.</source>
        <translation>„{text}“ setzt keine Zeile fort; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>its charset “{charset}” is unknown; it was read as UTF-8</source>
        <translation>der Zeichensatz „{charset}“ ist unbekannt; der Wert wurde als UTF-8 gelesen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>it is not UTF-8 and says no charset; it was read as Windows-1252</source>
        <translation>der Wert ist kein UTF-8 und nennt keinen Zeichensatz; er wurde als Windows-1252 gelesen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>some of its bytes are not {charset} and were replaced by “{mark}”</source>
        <translation>einige Bytes sind kein gültiges {charset} und wurden durch „{mark}“ ersetzt</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The photo is a link ({link}), not a picture in the file; NetJournal downloads nothing, so it was left out.</source>
        <translation>Das Foto ist ein Link ({link}), kein Bild in der Datei; NetJournal lädt nichts herunter, daher wurde es ausgelassen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photos of {count:,} cards (cards {shown}) are links, not pictures in the file; NetJournal downloads nothing, so they were left out.</source>
        <translation>Die Fotos von {count:,} Karten (Karten {shown}) sind Links, keine Bilder in der Datei; NetJournal lädt nichts herunter, daher wurden sie ausgelassen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The card has no END:VCARD; it was read up to where the next card begins or the file ends.</source>
        <translation>Die Karte hat kein END:VCARD; sie wurde bis zum Beginn der nächsten Karte oder bis zum Ende der Datei gelesen.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The line “{text}” could not be read (it has no “:”); it was left out.</source>
        <translation>Die Zeile „{text}“ konnte nicht gelesen werden (sie enthält keinen „:“); sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The line “{text}” begins or ends something inside the card; it was left out.</source>
        <translation>Die Zeile „{text}“ beginnt oder beendet etwas innerhalb der Karte; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The {prop} is binary data, not text; it was left out.</source>
        <translation>Das Feld {prop} enthält Binärdaten, keinen Text; es wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{prop}: {said}.</source>
        <translation>{prop}: {said}.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The line “{text}” was not read by the vCard parser; it was left out.</source>
        <translation>Die Zeile „{text}“ wurde vom vCard-Parser nicht gelesen; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The card could not be read: more than {count} broken lines.</source>
        <translation>Die Karte konnte nicht gelesen werden: mehr als {count} fehlerhafte Zeilen.</translation>
    </message>
    <message>
        <location line="+122" />
        <source>The photo is not base64 data; it was left out.</source>
        <translation>Das Foto liegt nicht als Base64-Daten vor; es wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The photo could not be read: its base64 data is broken or cut short; it was left out.</source>
        <translation>Das Foto konnte nicht gelesen werden: Seine Base64-Daten sind fehlerhaft oder abgeschnitten; es wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../journal/incoming.py" line="+23" />
        <source>{reason} It was left out.</source>
        <translation>{reason} Die Angabe wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors_text.py" line="+29" />
        <source>card {n}</source>
        <translation>Karte {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row {n}</source>
        <translation>Datensatz {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>event {n}</source>
        <translation>Termin {n}</translation>
    </message>
    <message>
        <location line="+38" />
        <source>line {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <location filename="../../store/schema.py" line="+73" />
        <source>{target} already exists; choose another name for the backup.</source>
        <translation>{target} gibt es schon; wähle einen anderen Namen für die Sicherung.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot back up to {target}: {reason}.</source>
        <translation>Sichern nach {target} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The backup to {target} failed: {reason}.</source>
        <translation>Die Sicherung nach {target} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{path} was written by a newer NetJournal (schema version {version}; this program knows up to {known}). Update NetJournal to open it; the file has not been changed.</source>
        <translation>{path} wurde von einer neueren NetJournal-Version geschrieben (Schemaversion {version}; dieses Programm kennt bis {known}). Aktualisiere NetJournal, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{path} is a database of another program, not a NetJournal journal; the file has not been changed.</source>
        <translation>{path} ist eine Datenbank eines anderen Programms, kein NetJournal-Journal; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Upgrading {path} to schema version {version} failed ({reason}). The journal was left as it was, at version {current}.</source>
        <translation>Das Aktualisieren von {path} auf Schemaversion {version} ist fehlgeschlagen ({reason}). Das Journal blieb, wie es war, in Version {current}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Upgrading {path} to schema version {version} failed ({reason}). The journal was left as it was, at version {current}; a copy made before upgrading is at {backup}.</source>
        <translation>Das Aktualisieren von {path} auf Schemaversion {version} ist fehlgeschlagen ({reason}). Das Journal blieb, wie es war, in Version {current}; eine Kopie von vor der Aktualisierung liegt unter {backup}.</translation>
    </message>
    <message>
        <location filename="../../store/backups.py" line="+82" />
        <source>Today's backup could not be made in {folder}: {reason}.</source>
        <translation>Die heutige Sicherung konnte in {folder} nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../store/crypto.py" line="+116" />
        <source>The new passphrase is the same as the old one; nothing changed.</source>
        <translation>Die neue Passphrase ist dieselbe wie die alte; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The journal could not be copied under its new key: {reason}.</source>
        <translation>Das Journal konnte nicht unter seinem neuen Schlüssel kopiert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The copy under the new key does not pass SQLite's integrity check ({problem}); the journal was left as it was.</source>
        <translation>Die Kopie unter dem neuen Schlüssel besteht die Integritätsprüfung von SQLite nicht ({problem}); das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The copy under the new key does not hold every row of the journal; the journal was left as it was.</source>
        <translation>Die Kopie unter dem neuen Schlüssel enthält nicht jede Zeile des Journals; das Journal blieb, wie es war.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="+97" />
        <source>Cannot open {path}: {reason}.</source>
        <translation>{path} lässt sich nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path} is not a journal NetJournal can read: it is encrypted or not a SQLite file.</source>
        <translation>{path} ist kein Journal, das NetJournal lesen kann: Es ist verschlüsselt oder keine SQLite-Datei.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>There is no journal at {path}.</source>
        <translation>Unter {path} gibt es kein Journal.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{path} is a folder, not a journal file.</source>
        <translation>{path} ist ein Ordner, keine Journaldatei.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The passphrase does not open {path} (or it is not a NetJournal file).</source>
        <translation>Die Passphrase öffnet {path} nicht (oder es ist keine NetJournal-Datei).</translation>
    </message>
    <message>
        <location filename="../../store/maintenance.py" line="+54" />
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table} Zeile {row} verweist auf ein fehlendes {parent}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a row of {table} refers to a missing {parent}</source>
        <translation>eine Zeile von {table} verweist auf ein fehlendes {parent}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the search index {name} is damaged: {reason}</source>
        <translation>der Suchindex {name} ist beschädigt: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="+74" />
        <source>The journal's folder {folder} cannot be written to (the lock file {lock} could not be made): the journal could not save anything there.</source>
        <translation>In den Ordner des Journals, {folder}, kann nicht geschrieben werden (die Sperrdatei {lock} konnte nicht angelegt werden): Das Journal könnte dort nichts speichern.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>process {pid} ({program}) on {host}</source>
        <translation>Prozess {pid} ({program}) auf {host}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>another process</source>
        <translation>einem anderen Prozess</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} is open elsewhere: in {holder}. Close it there first; two copies writing to one journal would get in each other's way. (The lock is {lock}.)</source>
        <translation>{name} ist anderswo geöffnet: in {holder}. Schließe es zuerst dort; zwei Kopien, die in dasselbe Journal schreiben, kämen sich in die Quere. (Die Sperrdatei ist {lock}.)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/labels.py" line="+13" />
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Study session</source>
        <translation>Lerntreffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentoring session</source>
        <translation>Mentoring-Sitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>I helped</source>
        <translation>Ich habe geholfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>They helped</source>
        <translation>Hat mir geholfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We helped each other</source>
        <translation>Gegenseitig geholfen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Academic</source>
        <translation>Studium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scholarship</source>
        <translation>Stipendium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Internship</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Career</source>
        <translation>Karriere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Short term</source>
        <translation>Kurzfristig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long term</source>
        <translation>Langfristig</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+18" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Collaborator</source>
        <translation>Mitwirkende/r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supporter</source>
        <translation>Unterstützer/in</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Accountability partner</source>
        <translation>Accountability-Partner/in</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Them</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identified</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Researched</source>
        <translation>Recherchiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting planned</source>
        <translation>Treffen geplant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep it as it is</source>
        <translation>So beibehalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adapt the terms</source>
        <translation>Bedingungen anpassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause it</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close it</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takeaways</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What works</source>
        <translation>Was funktioniert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change</source>
        <translation>Was sich ändern soll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="+290" />
        <source>The journal is not encrypted: File → Encrypt Journal… does it whenever you like.</source>
        <translation>Das Journal ist nicht verschlüsselt: Datei → Journal verschlüsseln… erledigt das, wann immer du möchtest.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205" />
        <location line="+87" />
        <source>Welcome to NetJournal</source>
        <translation>Willkommen bei NetJournal</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Nothing leaves this computer: there is no account and no server, and NetJournal never connects to the network.</source>
        <translation>Nichts verlässt diesen Computer: Es gibt kein Konto und keinen Server, und NetJournal verbindet sich nie mit dem Netzwerk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Encrypt the journal with a &amp;passphrase</source>
        <translation>Das Journal mit einer &amp;Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypt the journal with a passphrase</source>
        <translation>Das Journal mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without the passphrase nobody can read the file. You choose it next; you can also encrypt the journal later from File → Encrypt Journal…</source>
        <translation>Ohne die Passphrase kann niemand die Datei lesen. Du legst sie als Nächstes fest; du kannst das Journal auch später verschlüsseln, über Datei → Journal verschlüsseln…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Start an &amp;Empty Journal</source>
        <translation>Ein &amp;leeres Journal beginnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the people you learn with as you go.</source>
        <translation>Füge die Personen, mit denen du lernst, nach und nach hinzu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import Contacts or a Calendar…</source>
        <translation>Kontakte oder Kalender &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the journal from an export: a phone's contacts (vCard .vcf), LinkedIn's Connections.csv, a Google Contacts CSV or a calendar (.ics). You see what will be imported before anything is.</source>
        <translation>Beginne das Journal mit einem Export: den Kontakten eines Telefons (vCard .vcf), der Connections.csv von LinkedIn, einer CSV-Datei mit Google-Kontakten oder einem Kalender (.ics). Du siehst, was importiert wird, bevor irgendetwas übernommen wird.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Try the &amp;Demo Journal</source>
        <translation>Das &amp;Demo-Journal ausprobieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Look around a sample journal in a temporary folder, deleted when you quit. Your own journal is not made yet, so this page shows again next time.</source>
        <translation>Sieh dich in einem Beispiel-Journal in einem temporären Ordner um, der beim Beenden gelöscht wird. Dein eigenes Journal wird noch nicht angelegt, daher erscheint diese Seite beim nächsten Mal wieder.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit without making a journal</source>
        <translation>Beenden, ohne ein Journal anzulegen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>NetJournal's icon</source>
        <translation>Symbol von NetJournal</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A private journal of the people you learn with: your contacts, the goals you share and your mentorships.</source>
        <translation>Ein privates Journal der Personen, mit denen du lernst: deine Kontakte, eure gemeinsamen Ziele und deine Mentorings.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Your journal will be one file on this computer:</source>
        <translation>Dein Journal wird eine Datei auf diesem Computer sein:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Where the journal will be</source>
        <translation>Wo das Journal gespeichert wird</translation>
    </message>
</context>
<context>
    <name>WelcomeImportFlow</name>
    <message>
        <location line="+52" />
        <source>Contacts, calendars and backups (*.vcf *.vcard *.csv *.ics *.json)</source>
        <translation>Kontakte, Kalender und Sicherungen (*.vcf *.vcard *.csv *.ics *.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A phone's contacts, vCard (*.vcf *.vcard)</source>
        <translation>Kontakte eines Telefons, vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LinkedIn Connections.csv (*.csv)</source>
        <translation>LinkedIn Connections.csv (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Google Contacts CSV (*.csv)</source>
        <translation>Google-Kontakte als CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A calendar (*.ics)</source>
        <translation>Ein Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A NetJournal backup (*.json)</source>
        <translation>Eine NetJournal-Sicherung (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Import Your Contacts or Calendar</source>
        <translation>Deine Kontakte oder deinen Kalender importieren</translation>
    </message>
</context>
</TS>