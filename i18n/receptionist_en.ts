<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ComplaintListWindow</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskEvacuation</name>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%n visitor</numerusform>
            <numerusform>%n visitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) that may be the same customer.</source>
        <translation>
            <numerusform>%n pair that may be the same customer.</numerusform>
            <numerusform>%n pairs that may be the same customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk arrival(s) waiting for a match</source>
        <translation>
            <numerusform>%n kiosk arrival waiting for a match</numerusform>
            <numerusform>%n kiosk arrivals waiting for a match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category change(s)</source>
        <translation>
            <numerusform>%n category change</numerusform>
            <numerusform>%n category changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n special date(s)</source>
        <translation>
            <numerusform>%n special date</numerusform>
            <numerusform>%n special dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier result(s)</source>
        <translation>
            <numerusform>%n tier result</numerusform>
            <numerusform>%n tier results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merge(s)</source>
        <translation>
            <numerusform>%n earlier merge</numerusform>
            <numerusform>%n earlier merges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message sent.</numerusform>
            <numerusform>%n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be delivered.</source>
        <translation>
            <numerusform>%n could not be delivered.</numerusform>
            <numerusform>%n could not be delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueLabel</name>
    <message numerus="yes">
        <source>%n complaint(s) overdue</source>
        <translation>
            <numerusform>%n complaint overdue</numerusform>
            <numerusform>%n complaints overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message numerus="yes">
        <source>%n customer(s) with no visit since {date} would be anonymised.</source>
        <translation>
            <numerusform>%n customer with no visit since {date} would be anonymised.</numerusform>
            <numerusform>%n customers with no visit since {date} would be anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with no visit since {date} were anonymised.</source>
        <translation>
            <numerusform>%n customer with no visit since {date} was anonymised.</numerusform>
            <numerusform>%n customers with no visit since {date} were anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>{site} keeps it for %n month(s) after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</source>
        <translation>
            <numerusform>{site} keeps it for %n month after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</numerusform>
            <numerusform>{site} keeps it for %n months after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We keep it for %n month(s) after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</source>
        <translation>
            <numerusform>We keep it for %n month after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</numerusform>
            <numerusform>We keep it for %n months after your last visit. It is not shared with anyone else. Ask the front desk to see or delete it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesView</name>
    <message numerus="yes">
        <source>%n purchase(s), %1 in total; the last on %2.</source>
        <translation>
            <numerusform>%n purchase, %1 in total; the last on %2.</numerusform>
            <numerusform>%n purchases, %1 in total; the last on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message numerus="yes">
        <source>%n customer(s) newly detected as lost.</source>
        <translation>
            <numerusform>%n customer newly detected as lost.</numerusform>
            <numerusform>%n customers newly detected as lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message numerus="yes">
        <source>Confirm %n selected</source>
        <translation>
            <numerusform>Confirm %n selected</numerusform>
            <numerusform>Confirm %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the category of all %n customers as suggested? Each change is recorded with its reason.</source>
        <translation>
            <numerusform>Change the category of the %n customer as suggested? The change is recorded with its reason.</numerusform>
            <numerusform>Change the category of all %n customers as suggested? Each change is recorded with its reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the category of %n customers.</source>
        <translation>
            <numerusform>Changed the category of %n customer.</numerusform>
            <numerusform>Changed the category of %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <source>%n expected guest(s) late: see Expected today (Ctrl+E).</source>
        <translation>
            <numerusform>%n expected guest is late: see Expected today (Ctrl+E).</numerusform>
            <numerusform>%n expected guests are late: see Expected today (Ctrl+E).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected visitor(s) late: see Expected today (Ctrl+E).</source>
        <translation>
            <numerusform>%n expected visitor is late: see Expected today (Ctrl+E).</numerusform>
            <numerusform>%n expected visitors are late: see Expected today (Ctrl+E).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayTasks</name>
    <message numerus="yes">
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>Follow-up due: %n</numerusform>
            <numerusform>Follow-ups due: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n overdue)</numerusform>
            <numerusform> (%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
</TS>
