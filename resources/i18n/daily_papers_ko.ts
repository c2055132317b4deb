<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most votes gained over the last three days first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By title, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the list by votes, votes gained lately, title or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only unread papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only bookmarked papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only papers with a known code repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only papers with at least this many votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
