<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <source>%n expected visitor(s) late: see Expected today (Ctrl+E).</source>
        <translation>
            <numerusform>%n expected visitor is late: see Expected today (Ctrl+E).</numerusform>
            <numerusform>%n expected visitors are late: see Expected today (Ctrl+E).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitLogWindow</name>
    <message numerus="yes">
        <source>%n visits loaded; scroll down for more</source>
        <translation>
            <numerusform>%n visit loaded; scroll down for more</numerusform>
            <numerusform>%n visits loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits loaded</source>
        <translation>
            <numerusform>%n visit loaded</numerusform>
            <numerusform>%n visits loaded</numerusform>
        </translation>
    </message>
</context>
</TS>
