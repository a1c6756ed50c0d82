<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ContactsTab</name>
        <message numerus="yes">
            <location filename="../../ui/contacts/tab.py" line="+186" />
            <source>%n agreements</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n action items</source>
            <translation>
                <numerusform>%n action item</numerusform>
                <numerusform>%n action items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n goal memberships</source>
            <translation>
                <numerusform>%n goal membership</numerusform>
                <numerusform>%n goal memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>They are removed from %n entries; the entries stay.</source>
            <translation>
                <numerusform>They are removed from %n entry; the entry stays.</numerusform>
                <numerusform>They are removed from %n entries; the entries stay.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message numerus="yes">
            <location filename="../../ui/format.py" line="+148" />
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n weeks ago</source>
            <translation>
                <numerusform>%n week ago</numerusform>
                <numerusform>%n weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>in %n weeks</source>
            <translation>
                <numerusform>in %n week</numerusform>
                <numerusform>in %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n months ago</source>
            <translation>
                <numerusform>%n month ago</numerusform>
                <numerusform>%n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>in %n months</source>
            <translation>
                <numerusform>in %n month</numerusform>
                <numerusform>in %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n years ago</source>
            <translation>
                <numerusform>%n year ago</numerusform>
                <numerusform>%n years ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>in %n years</source>
            <translation>
                <numerusform>in %n year</numerusform>
                <numerusform>in %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>every %n weeks</source>
            <translation>
                <numerusform>every week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>every %n months</source>
            <translation>
                <numerusform>every month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>every %n days</source>
            <translation>
                <numerusform>every day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/mentees.py" line="+56" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n months</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiveGetView</name>
        <message numerus="yes">
            <location filename="../../ui/network/give_get.py" line="+453" />
            <source>%Ln one-sided</source>
            <translation>
                <numerusform>%Ln one-sided</numerusform>
                <numerusform>%Ln one-sided</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message numerus="yes">
            <location filename="../../ui/goals/tab.py" line="+298" />
            <source>%n milestones</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n members</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsTableModel</name>
        <message numerus="yes">
            <location filename="../../ui/models/goals.py" line="+185" />
            <source>%n people share this goal</source>
            <translation>
                <numerusform>%n person shares this goal</numerusform>
                <numerusform>%n people share this goal</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../ui/network/insights.py" line="+219" />
            <source>The last %n months</source>
            <translation>
                <numerusform>The last month</numerusform>
                <numerusform>The last %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The last %n years</source>
            <translation>
                <numerusform>The last year</numerusform>
                <numerusform>The last %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+108" />
            <source>%n months</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%Ln interactions</source>
            <translation>
                <numerusform>%Ln interaction</numerusform>
                <numerusform>%Ln interactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>%n mentorships</source>
            <translation>
                <numerusform>%n mentorship</numerusform>
                <numerusform>%n mentorships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>%n goals</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>%n goals achieved</source>
            <translation>
                <numerusform>%n goal achieved</numerusform>
                <numerusform>%n goals achieved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n terms</source>
            <translation>
                <numerusform>%n term</numerusform>
                <numerusform>%n terms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalSession</name>
        <message numerus="yes">
            <location filename="../../ui/security/session.py" line="+525" />
            <source>%n of its backups are encrypted too.</source>
            <translation>
                <numerusform>%n of its backups is encrypted too.</numerusform>
                <numerusform>%n of its backups are encrypted too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>%n of its backups have the new passphrase too.</source>
            <translation>
                <numerusform>%n of its backups has the new passphrase too.</numerusform>
                <numerusform>%n of its backups have the new passphrase too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>The journal locks after %n minute(s) without input.</source>
            <translation>
                <numerusform>The journal locks after %n minute without input.</numerusform>
                <numerusform>The journal locks after %n minute(s) without input.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="+595" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MenteesOverview</name>
        <message numerus="yes">
            <location filename="../../ui/mentorships/overview.py" line="+163" />
            <source>%n mentees</source>
            <translation>
                <numerusform>%n mentee</numerusform>
                <numerusform>%n mentees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n sessions overdue</source>
            <translation>
                <numerusform>%n session overdue</numerusform>
                <numerusform>%n sessions overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n action items overdue</source>
            <translation>
                <numerusform>%n action item overdue</numerusform>
                <numerusform>%n action items overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MentorshipsTab</name>
        <message numerus="yes">
            <location filename="../../ui/mentorships/tab.py" line="+554" />
            <source>Its %n sessions and reviews stay in the journal as entries.</source>
            <translation>
                <numerusform>Its %n session or review stays in the journal as an entry.</numerusform>
                <numerusform>Its %n sessions and reviews stay in the journal as entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>its %n action items</source>
            <translation>
                <numerusform>its %n action item</numerusform>
                <numerusform>its %n action items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkMapView</name>
        <message numerus="yes">
            <location filename="../../ui/network/map_view.py" line="+1162" />
            <source>Laying out %n people…</source>
            <translation>
                <numerusform>Laying out %n person…</numerusform>
                <numerusform>Laying out %n people…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+137" />
            <source>Me: linked to %n people on the map</source>
            <translation>
                <numerusform>Me: linked to %n person on the map</numerusform>
                <numerusform>Me: linked to %n people on the map</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message numerus="yes">
            <location filename="../../ui/today/notifier.py" line="+51" />
            <source>%n follow-ups</source>
            <translation>
                <numerusform>1 follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people to get in touch with</source>
            <translation>
                <numerusform>1 person to get in touch with</numerusform>
                <numerusform>%n people to get in touch with</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n sessions and reviews</source>
            <translation>
                <numerusform>1 session or review</numerusform>
                <numerusform>%n sessions and reviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n goal target dates</source>
            <translation>
                <numerusform>1 goal target date</numerusform>
                <numerusform>%n goal target dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of your action items</source>
            <translation>
                <numerusform>1 of your action items</numerusform>
                <numerusform>%n of your action items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action items you are waiting on</source>
            <translation>
                <numerusform>1 action item you are waiting on</numerusform>
                <numerusform>%n action items you are waiting on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n goals to celebrate</source>
            <translation>
                <numerusform>1 goal to celebrate</numerusform>
                <numerusform>%n goals to celebrate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n things need you today</source>
            <translation>
                <numerusform>1 thing needs you today</numerusform>
                <numerusform>%n things need you today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+197" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n things are due today</source>
            <translation>
                <numerusform>%n thing is due today</numerusform>
                <numerusform>%n things are due today</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message numerus="yes">
            <location filename="../../ui/network/map_view.py" line="-545" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Linked to %n people on the map</source>
            <translation>
                <numerusform>Linked to %n person on the map</numerusform>
                <numerusform>Linked to %n people on the map</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+65" />
            <source>with {names} and %n others</source>
            <translation>
                <numerusform>with {names} and 1 other</numerusform>
                <numerusform>with {names} and %n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>and %n more tags</source>
            <translation>
                <numerusform>and %n more tag</numerusform>
                <numerusform>and %n more tags</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message numerus="yes">
            <location filename="../../ui/mentorships/summary.py" line="+496" />
            <source>%n private notes were left out.</source>
            <translation>
                <numerusform>%n private note was left out.</numerusform>
                <numerusform>%n private notes were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message numerus="yes">
            <location filename="../../ui/today/tab.py" line="+137" />
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names} and 1 other</numerusform>
                <numerusform>{names} and %n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+93" />
            <source>%n days overdue</source>
            <translation>
                <numerusform>1 day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n weeks overdue</source>
            <translation>
                <numerusform>1 week overdue</numerusform>
                <numerusform>%n weeks overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n months overdue</source>
            <translation>
                <numerusform>%n month overdue</numerusform>
                <numerusform>%n months overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n years overdue</source>
            <translation>
                <numerusform>1 year overdue</numerusform>
                <numerusform>%n years overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+649" />
            <source>%n things need you</source>
            <translation>
                <numerusform>1 thing needs you</numerusform>
                <numerusform>%n things need you</numerusform>
            </translation>
        </message>
    </context>
</TS>
