<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Daily Papers Reader</source>
        <translation>Daily Papers Reader 정보</translation>
    </message>
    <message>
        <source>Daily Papers Reader</source>
        <translation>Daily Papers Reader</translation>
    </message>
    <message>
        <source>A fast, offline-first reader for daily AI-paper digests.
Digest text is shown as plain text; links open in your browser.</source>
        <translation>매일 나오는 AI 논문 요약을 빠르게, 오프라인에서도 읽는 리더입니다.
요약 본문은 일반 텍스트로 보이고, 링크는 브라우저에서 열립니다.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Next Paper</source>
        <translation>다음 논문</translation>
    </message>
    <message>
        <source>Select the next paper in the list</source>
        <translation>목록에서 다음 논문 선택</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Previous Paper</source>
        <translation>이전 논문</translation>
    </message>
    <message>
        <source>Select the previous paper in the list</source>
        <translation>목록에서 이전 논문 선택</translation>
    </message>
    <message>
        <source>Next Day</source>
        <translation>다음 날</translation>
    </message>
    <message>
        <source>Show the next (older) day</source>
        <translation>다음(더 이전) 날짜 보기</translation>
    </message>
    <message>
        <source>Previous Day</source>
        <translation>이전 날</translation>
    </message>
    <message>
        <source>Show the previous (newer) day</source>
        <translation>이전(더 최근) 날짜 보기</translation>
    </message>
    <message>
        <source>Next Unread Paper</source>
        <translation>다음 안 읽은 논문</translation>
    </message>
    <message>
        <source>Go to the next unread paper, across days</source>
        <translation>날짜를 넘어 다음 안 읽은 논문으로 이동</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>아래로 스크롤 또는 다음 안 읽은 논문</translation>
    </message>
    <message>
        <source>Scroll the paper down a page; at its end, go to the next unread paper</source>
        <translation>논문을 한 페이지 아래로 스크롤하고, 끝에 닿으면 다음 안 읽은 논문으로 이동</translation>
    </message>
    <message>
        <source>Go to Date…</source>
        <translation>날짜로 이동…</translation>
    </message>
    <message>
        <source>Show a day picked on a calendar, or the nearest one</source>
        <translation>달력에서 고른 날(없으면 가장 가까운 날)을 보여 줍니다</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search the whole library</source>
        <translation>라이브러리 전체 검색</translation>
    </message>
    <message>
        <source>Go to Related Papers</source>
        <translation>관련 논문으로 이동</translation>
    </message>
    <message>
        <source>Move to the papers like this one, under it (Enter opens one)</source>
        <translation>아래에 있는 비슷한 논문 목록으로 이동 (Enter로 열기)</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>검색 지우기</translation>
    </message>
    <message>
        <source>Clear the search and go back to the list</source>
        <translation>검색을 지우고 목록으로 돌아가기</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Bookmark the paper, or remove the bookmark</source>
        <translation>논문을 북마크하거나 북마크 해제</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 북마크</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>안 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark the paper unread, or read</source>
        <translation>논문을 안 읽음 또는 읽음으로 표시</translation>
    </message>
    <message>
        <source>Not Interested</source>
        <translation>관심 없음</translation>
    </message>
    <message>
        <source>Not interested: For You learns from it and drops the paper</source>
        <translation>관심 없음: 맞춤 추천이 이를 학습하고 논문을 뺍니다</translation>
    </message>
    <message>
        <source>Open arXiv Page</source>
        <translation>arXiv 페이지 열기</translation>
    </message>
    <message>
        <source>Open the paper&apos;s arXiv page in the browser</source>
        <translation>브라우저에서 논문의 arXiv 페이지 열기</translation>
    </message>
    <message>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF 열기</translation>
    </message>
    <message>
        <source>Open the paper&apos;s PDF in the browser</source>
        <translation>브라우저에서 논문 PDF 열기</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Read PDF</source>
        <translation>PDF 읽기</translation>
    </message>
    <message>
        <source>Read the paper&apos;s PDF in the window, offline (downloaded first if needed)</source>
        <translation>창 안에서 논문 PDF를 오프라인으로 읽기 (필요하면 먼저 내려받음)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Download PDF</source>
        <translation>PDF 내려받기</translation>
    </message>
    <message>
        <source>Download the paper&apos;s PDF for offline reading and full-text search</source>
        <translation>오프라인 읽기와 전문 검색을 위해 논문 PDF 내려받기</translation>
    </message>
    <message>
        <source>Open on Hugging Face</source>
        <translation>Hugging Face에서 열기</translation>
    </message>
    <message>
        <source>Open the paper&apos;s Hugging Face page</source>
        <translation>논문의 Hugging Face 페이지 열기</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Copy the arXiv link</source>
        <translation>arXiv 링크 복사</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Copy BibTeX</source>
        <translation>BibTeX 복사</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry for the paper</source>
        <translation>논문의 BibTeX 항목 복사</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>Mark Day as Read</source>
        <translation>이날 모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark every paper in the list as read</source>
        <translation>목록의 모든 논문을 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark day read</source>
        <translation>이날 모두 읽음</translation>
    </message>
    <message>
        <source>Mark Everything as Read</source>
        <translation>전부 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark every paper in the library as read</source>
        <translation>라이브러리의 모든 논문을 읽음으로 표시</translation>
    </message>
    <message>
        <source>Undo Mark as Read</source>
        <translation>읽음 표시 취소</translation>
    </message>
    <message>
        <source>Undo the last bulk mark as read or triage change</source>
        <translation>마지막 일괄 읽음 표시나 분류 변경 되돌리기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Read Later (Queue)</source>
        <translation>나중에 읽기 (대기열)</translation>
    </message>
    <message>
        <source>Put the paper in the reading queue</source>
        <translation>논문을 읽기 대기열에 넣기</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Must Read</source>
        <translation>꼭 읽기</translation>
    </message>
    <message>
        <source>Mark the paper must-read (important)</source>
        <translation>논문을 꼭 읽을 논문(중요)으로 표시</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Mark the paper done (read and finished)</source>
        <translation>논문을 완료(다 읽음)로 표시</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Skip the paper (it leaves Unread)</source>
        <translation>논문 건너뛰기 (안 읽음 목록에서 빠짐)</translation>
    </message>
    <message>
        <source>Back to New</source>
        <translation>새 논문으로 되돌리기</translation>
    </message>
    <message>
        <source>Clear the paper&apos;s triage state</source>
        <translation>논문의 분류 상태 지우기</translation>
    </message>
    <message>
        <source>Move Up in Queue</source>
        <translation>대기열에서 위로</translation>
    </message>
    <message>
        <source>Move the paper up in the Queue view</source>
        <translation>대기열 보기에서 논문을 위로 이동</translation>
    </message>
    <message>
        <source>Move Down in Queue</source>
        <translation>대기열에서 아래로</translation>
    </message>
    <message>
        <source>Move the paper down in the Queue view</source>
        <translation>대기열 보기에서 논문을 아래로 이동</translation>
    </message>
    <message>
        <source>Skip the Rest of Catch-up</source>
        <translation>따라잡기 나머지 건너뛰기</translation>
    </message>
    <message>
        <source>Mark every untriaged paper of Catch-up skipped (Ctrl+Z undoes it)</source>
        <translation>따라잡기에서 분류하지 않은 논문을 모두 건너뛰기로 표시 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>나머지 건너뛰기</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Write a note on the paper (Markdown)</source>
        <translation>논문에 메모 쓰기 (Markdown)</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>태그 편집</translation>
    </message>
    <message>
        <source>Tag the paper (comma-separated)</source>
        <translation>논문에 태그 달기 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>Watch Terms…</source>
        <translation>관심 키워드…</translation>
    </message>
    <message>
        <source>Words, phrases or authors to highlight (or dim) in every list</source>
        <translation>모든 목록에서 강조(또는 흐리게) 표시할 단어, 구절, 저자</translation>
    </message>
    <message>
        <source>Import Digests…</source>
        <translation>요약 파일 가져오기…</translation>
    </message>
    <message>
        <source>Import digest files</source>
        <translation>요약 파일 가져오기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Import a folder of digests</source>
        <translation>요약 파일 폴더 가져오기</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Download new digests from GitHub and Hugging Face</source>
        <translation>GitHub와 Hugging Face에서 새 요약 내려받기</translation>
    </message>
    <message>
        <source>⟳ Sync</source>
        <translation>⟳ 동기화</translation>
    </message>
    <message>
        <source>Export Bookmarks…</source>
        <translation>북마크 내보내기…</translation>
    </message>
    <message>
        <source>Export bookmarks as BibTeX, JSON or CSV</source>
        <translation>북마크를 BibTeX, JSON, CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export Notes as Markdown…</source>
        <translation>메모를 Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>Every note, one section per paper</source>
        <translation>모든 메모를 논문마다 한 절씩</translation>
    </message>
    <message>
        <source>Export Bookmarks as RIS…</source>
        <translation>북마크를 RIS로 내보내기…</translation>
    </message>
    <message>
        <source>Bookmarks for reference managers</source>
        <translation>참고문헌 관리 도구용 북마크</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>환경설정…</translation>
    </message>
    <message>
        <source>Reading, sync, token and folder settings</source>
        <translation>읽기, 동기화, 토큰, 폴더 설정</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Bigger Text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Make the text bigger</source>
        <translation>글자를 크게</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>글자를 작게</translation>
    </message>
    <message>
        <source>Default Text Size</source>
        <translation>기본 글자 크기</translation>
    </message>
    <message>
        <source>Use the default text size</source>
        <translation>기본 글자 크기 사용</translation>
    </message>
    <message>
        <source>Show Thumbnails</source>
        <translation>썸네일 보기</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>단축키 목록 보기</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>About Daily Papers Reader</source>
        <translation>Daily Papers Reader 정보</translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>Next / previous paper (in the list)</source>
        <translation>다음 / 이전 논문 (목록에서)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>PDF reader: back to the summary</source>
        <translation>PDF 리더: 요약으로 돌아가기</translation>
    </message>
    <message>
        <source>Space, PgDown / PgUp, Home / End</source>
        <translation>Space, PgDown / PgUp, Home / End</translation>
    </message>
    <message>
        <source>PDF reader: scroll, next / previous page, ends</source>
        <translation>PDF 리더: 스크롤, 다음 / 이전 페이지, 처음과 끝</translation>
    </message>
    <message>
        <source>+ / - / W / F</source>
        <translation>+ / - / W / F</translation>
    </message>
    <message>
        <source>PDF reader: zoom in, zoom out, fit width, fit page</source>
        <translation>PDF 리더: 확대, 축소, 너비 맞춤, 페이지 맞춤</translation>
    </message>
    <message>
        <source>/ or Ctrl+F, F3</source>
        <translation>/ 또는 Ctrl+F, F3</translation>
    </message>
    <message>
        <source>PDF reader: find in the PDF, next hit</source>
        <translation>PDF 리더: PDF에서 찾기, 다음 결과</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>PDF reader: copy the selected text (drag to select)</source>
        <translation>PDF 리더: 선택한 텍스트 복사 (끌어서 선택)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error (%1); details are in the log file.</source>
        <translation>예기치 않은 오류가 났습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>%n unread — press U to start with the first one.</source>
        <translation>
            <numerusform>안 읽은 논문 %n편 — U를 눌러 첫 논문부터 읽으세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>All read.</source>
        <translation>모두 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No paper selected</source>
        <translation>선택한 논문 없음</translation>
    </message>
    <message>
        <source>Choose a paper from the list, or press J.</source>
        <translation>목록에서 논문을 고르거나 J를 누르세요.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 북마크됨</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 북마크</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>안 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <source>No more unread papers in this list.</source>
        <translation>이 목록에 안 읽은 논문이 더 없습니다.</translation>
    </message>
    <message>
        <source>Every paper is read.</source>
        <translation>모든 논문을 읽었습니다.</translation>
    </message>
    <message>
        <source>Every paper in the list is read.</source>
        <translation>목록의 모든 논문을 읽었습니다.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Every paper in the library is read already.</source>
        <translation>라이브러리의 모든 논문을 이미 읽었습니다.</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>라이브러리 전체</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 복사함</translation>
    </message>
    <message>
        <source>Copied a BibTeX entry for %1</source>
        <translation>%1의 BibTeX 항목을 복사했습니다</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message numerus="yes">
        <source>Mark all %n unread paper(s) as read?</source>
        <translation>
            <numerusform>안 읽은 논문 %n편을 모두 읽음으로 표시할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything as Read</source>
        <translation>전부 읽음으로 표시</translation>
    </message>
    <message>
        <source>Undo Mark as Read (Ctrl+Z) takes it back.</source>
        <translation>읽음 표시 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>읽음으로 표시</translation>
    </message>
</context>
<context>
    <name>DaySidebar</name>
    <message>
        <source>Mark Day as Read</source>
        <translation>이날 모두 읽음으로 표시</translation>
    </message>
</context>
<context>
    <name>DayTreeModel</name>
    <message>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>All Papers</source>
        <translation>모든 논문</translation>
    </message>
    <message>
        <source>For You</source>
        <translation>맞춤 추천</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>따라잡기</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Must Read</source>
        <translation>꼭 읽기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>관심 키워드</translation>
    </message>
    <message>
        <source>not: %1</source>
        <translation>제외: %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>%1: counted when you open it</source>
        <translation>%1: 열 때 셉니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation>
            <numerusform>논문 %Ln편</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>안 읽음 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln triaged</source>
        <translation>
            <numerusform>분류함 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (new): %2</source>
        <translation>%1 (새로 옴): %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Paper</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>More paper actions</source>
        <translation>논문 작업 더 보기</translation>
    </message>
    <message>
        <source>Paper text</source>
        <translation>논문 본문</translation>
    </message>
    <message>
        <source>Thumbnail not downloaded yet</source>
        <translation>썸네일을 아직 내려받지 않았습니다</translation>
    </message>
    <message>
        <source>Loading thumbnail…</source>
        <translation>썸네일 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Import Digests</source>
        <translation>요약 파일 가져오기</translation>
    </message>
    <message>
        <source>Digests (*.md);;All files (*)</source>
        <translation>요약 파일 (*.md);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Digests</source>
        <translation>요약 파일 폴더 가져오기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>BibTeX (*.bib);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>BibTeX (*.bib);;JSON (*.json);;CSV (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>%1(으)로 내보내지 못했습니다: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>메모 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to %1.</source>
        <translation>
            <numerusform>북마크 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Votes</source>
        <translation>추천순</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>상승순</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목순</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜순</translation>
    </message>
    <message>
        <source>Most votes first</source>
        <translation>추천 수가 많은 순</translation>
    </message>
    <message>
        <source>Most votes gained over the last three days first</source>
        <translation>최근 사흘 동안 추천이 많이 늘어난 순</translation>
    </message>
    <message>
        <source>By title, A to Z</source>
        <translation>제목 가나다순(A–Z)</translation>
    </message>
    <message>
        <source>Newest day first</source>
        <translation>최근 날짜 순</translation>
    </message>
    <message>
        <source>Sort the list by votes, votes gained lately, title or date</source>
        <translation>추천 수, 최근 추천 증가, 제목, 날짜로 목록 정렬</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>List only unread papers</source>
        <translation>안 읽은 논문만 보기</translation>
    </message>
    <message>
        <source>List only bookmarked papers</source>
        <translation>북마크한 논문만 보기</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>List only papers with a known code repository</source>
        <translation>코드 저장소가 알려진 논문만 보기</translation>
    </message>
    <message>
        <source>List only papers with at least this many votes</source>
        <translation>추천 수가 이 값 이상인 논문만 보기</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>Scanning the local folders failed (%1); details are in the log file.</source>
        <translation>로컬 폴더를 살펴보지 못했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>ForYouPane</name>
    <message>
        <source>For You</source>
        <translation>맞춤 추천</translation>
    </message>
    <message>
        <source>Nothing to go on yet.

Bookmark papers you like (B), or queue them or mark them must-read: For You then ranks the unread papers by how much they are like them, and says why. Press X on a paper you do not want more of.</source>
        <translation>아직 참고할 논문이 없습니다.

마음에 드는 논문을 북마크(B)하거나 대기열에 넣거나 꼭 읽기로 표시하세요. 그러면 추천이 안 읽은 논문을 그와 얼마나 비슷한지에 따라 순위를 매기고 이유도 알려 줍니다. 더 보고 싶지 않은 논문에서는 X를 누르세요.</translation>
    </message>
    <message>
        <source>Ranking unread papers…</source>
        <translation>안 읽은 논문의 순위를 매기는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n like the %1 you kept  ·  X: not interested</source>
        <translation>
            <numerusform>간직한 논문 %1편과 비슷한 논문 %n편  ·  X: 관심 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread papers like the ones you kept, right now.</source>
        <translation>지금은 간직한 논문과 비슷한 안 읽은 논문이 없습니다.</translation>
    </message>
    <message>
        <source>You have gone through every suggestion.</source>
        <translation>추천을 모두 살펴보았습니다.</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>날짜로 이동</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running.</source>
        <translation>이미 가져오기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Looking for digests…</source>
        <translation>다이제스트를 찾는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Importing digests</source>
        <translation>다이제스트 가져오기</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>지금 파일을 마친 뒤 취소합니다…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>%2개 중 %1번째 가져오는 중: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); updating the library…</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다. 라이브러리를 갱신하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed (%1); details are in the log file.</source>
        <translation>가져오기에 실패했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>%1 is too large for a digest (at most %2 MB)</source>
        <translation>%1 파일이 다이제스트로 쓰기에 너무 큽니다(최대 %2MB)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a digest</source>
        <translation>%1 파일은 다이제스트가 아닌 바이너리 파일입니다</translation>
    </message>
    <message>
        <source>%1 is an error reply: %2</source>
        <translation>%1은(는) 오류 응답입니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hugging Face daily papers list</source>
        <translation>%1은(는) Hugging Face 데일리 페이퍼 목록이 아닙니다</translation>
    </message>
    <message>
        <source>%1 does not name the day it lists</source>
        <translation>%1에 어느 날의 목록인지 나와 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 is too large for a daily papers list</source>
        <translation>%1은(는) 데일리 페이퍼 목록으로 보기에 너무 큽니다</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 파일이 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>%1 could not be read (%2)</source>
        <translation>%1 파일을 읽지 못했습니다(%2)</translation>
    </message>
    <message>
        <source>%1 has no readable paper entries</source>
        <translation>%1 파일에 읽을 수 있는 논문 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a daily papers digest (no &apos;## Daily Papers&apos; section)</source>
        <translation>%1 파일은 데일리 페이퍼 다이제스트가 아닙니다(&apos;## Daily Papers&apos; 부분이 없음)</translation>
    </message>
    <message>
        <source>%1 holds no .md digest files</source>
        <translation>%1 폴더에 .md 다이제스트 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: the papers of %2 could not be stored (%3); the rest of the import went on</source>
        <translation>%1: %2의 논문을 저장하지 못했습니다(%3). 나머지는 계속 가져왔습니다</translation>
    </message>
    <message>
        <source>%1 could not be stored (%2)</source>
        <translation>%1을(를) 저장하지 못했습니다(%2)</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1을(를) 읽지 못했습니다</translation>
    </message>
    <message>
        <source>%1 could not be parsed (%2)</source>
        <translation>%1을(를) 해석하지 못했습니다(%2)</translation>
    </message>
</context>
<context>
    <name>KeyringError</name>
    <message>
        <source>No system keyring is available, so the token cannot be stored; sync will run without it.</source>
        <translation>시스템 키링을 쓸 수 없어 토큰을 저장할 수 없습니다. 동기화는 토큰 없이 진행됩니다.</translation>
    </message>
    <message>
        <source>The keyring backend %1 keeps tokens unencrypted on disk, so no token is stored in it or read from it; use your desktop&apos;s keyring (GNOME Keyring, KWallet, macOS or Windows), or set %2=1 to accept it deliberately.</source>
        <translation>키링 백엔드 %1은(는) 토큰을 암호화하지 않고 디스크에 두므로 토큰을 저장하지도 읽지도 않습니다. 데스크톱의 키링(GNOME 키링, KWallet, macOS 또는 Windows)을 쓰거나, 알고서 허용하려면 %2=1로 설정하세요.</translation>
    </message>
</context>
<context>
    <name>LibraryError</name>
    <message>
        <source>The library %1 is damaged, so it is open read-only and nothing is written to it; export what you need, then move it away or restore it from a backup.</source>
        <translation>라이브러리 %1이(가) 손상되어 읽기 전용으로 열었으며 아무것도 기록하지 않습니다. 필요한 것을 내보낸 다음, 파일을 다른 곳으로 옮기거나 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The library %1 is damaged and cannot be opened; it was left untouched: restore it from a backup, or move it away to start a new library.</source>
        <translation>라이브러리 %1이(가) 손상되어 열 수 없습니다. 파일은 그대로 두었습니다. 백업에서 복원하거나, 다른 곳으로 옮기고 새 라이브러리를 시작하세요.</translation>
    </message>
    <message>
        <source>The library %1 is read-only, so it is open read-only and nothing is written to it; make the file writable or use another --data-dir.</source>
        <translation>라이브러리 %1에 쓸 수 없어 읽기 전용으로 열었으며 아무것도 기록하지 않습니다. 파일에 쓰기 권한을 주거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder, so it is open read-only and nothing is written to it; make the folder writable or use another --data-dir.</source>
        <translation>라이브러리 %1이(가) 쓸 수 없는 폴더에 있어 읽기 전용으로 열었으며 아무것도 기록하지 않습니다. 폴더에 쓰기 권한을 주거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 was opened read-only, so nothing is written to it.</source>
        <translation>라이브러리 %1을(를) 읽기 전용으로 열었으므로 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>The library %1 is busy in another program; try again.</source>
        <translation>다른 프로그램이 라이브러리 %1을(를) 쓰고 있습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The library %1 could not be read or written (%2); check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>라이브러리 %1을(를) 읽거나 쓰지 못했습니다(%2). 디스크와 폴더 권한을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The library %1 cannot be reached (%2); check the folder&apos;s permissions or use another --data-dir.</source>
        <translation>라이브러리 %1에 접근할 수 없습니다(%2). 폴더 권한을 확인하거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 is a folder, not a file; it was left untouched: move it away or use another --data-dir.</source>
        <translation>라이브러리 %1은(는) 파일이 아니라 폴더입니다. 그대로 두었으니 다른 곳으로 옮기거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 is not a regular file; it was left untouched: move it away or use another --data-dir.</source>
        <translation>라이브러리 %1은(는) 일반 파일이 아닙니다. 그대로 두었으니 다른 곳으로 옮기거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 is an empty file, so something truncated it; it was left untouched: restore it from a backup, or delete it to start a new library.</source>
        <translation>라이브러리 %1이(가) 빈 파일입니다. 무언가가 내용을 잘라 낸 것입니다. 그대로 두었으니 백업에서 복원하거나, 지우고 새 라이브러리를 시작하세요.</translation>
    </message>
    <message>
        <source>The library %1 cannot be read (%2); check its permissions or use another --data-dir.</source>
        <translation>라이브러리 %1을(를) 읽을 수 없습니다(%2). 권한을 확인하거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 is not an SQLite database; it was left untouched: move it away or use another --data-dir.</source>
        <translation>라이브러리 %1은(는) SQLite 데이터베이스가 아닙니다. 그대로 두었으니 다른 곳으로 옮기거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>There is no library at %1 to open read-only.</source>
        <translation>%1에 읽기 전용으로 열 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>The library %1 is a database of another program; it was left untouched: move it away or use another --data-dir.</source>
        <translation>라이브러리 %1은(는) 다른 프로그램의 데이터베이스입니다. 그대로 두었으니 다른 곳으로 옮기거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade to schema %2 but cannot be written; make it writable or use another --data-dir.</source>
        <translation>라이브러리 %1을(를) 스키마 %2(으)로 올려야 하지만 쓸 수 없습니다. 쓰기 권한을 주거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of the app (schema %2; this one knows %3); it was left untouched: update the app or use another --data-dir.</source>
        <translation>라이브러리 %1은(는) 더 새로운 버전의 앱이 만들었습니다(스키마 %2, 이 버전은 %3까지 압니다). 그대로 두었으니 앱을 업데이트하거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no library can be created there; make it writable or use another --data-dir.</source>
        <translation>폴더 %1에 쓸 수 없어 라이브러리를 만들 수 없습니다. 쓰기 권한을 주거나 다른 --data-dir을 쓰세요.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created (%2); use another --data-dir.</source>
        <translation>%1 폴더를 만들 수 없습니다(%2). --data-dir로 다른 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>같은 이름의 파일이 있음</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없음</translation>
    </message>
    <message>
        <source>The folder %1 cannot be used (%2); choose another with --data-dir or DAILY_PAPERS_DATA_DIR.</source>
        <translation>%1 폴더를 쓸 수 없습니다(%2). --data-dir 또는 DAILY_PAPERS_DATA_DIR로 다른 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be used (%2); choose another with --data-dir.</source>
        <translation>%1 폴더를 쓸 수 없습니다(%2). --data-dir로 다른 폴더를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>No web browser could open %1; Copy Link (Ctrl+Shift+C) puts it on the clipboard.</source>
        <translation>%1을(를) 열 웹 브라우저가 없습니다. 링크 복사(Ctrl+Shift+C)로 클립보드에 넣을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message numerus="yes">
        <source>Marked %n paper(s) in %1 as read.</source>
        <translation>
            <numerusform>%1의 논문 %n편을 읽음으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paper in %1 was already read.</source>
        <translation>%1의 논문은 이미 모두 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread again.</source>
        <translation>
            <numerusform>논문 %n편을 다시 안 읽음으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking papers failed (%1); details are in the log file.</source>
        <translation>논문 표시에 실패했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>논문(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>분류(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Nothing to show</source>
        <translation>보여줄 것이 없습니다</translation>
    </message>
    <message>
        <source>Welcome to Daily Papers Reader</source>
        <translation>Daily Papers Reader에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Importing the sample digests…</source>
        <translation>예시 요약을 가져오는 중…</translation>
    </message>
    <message>
        <source>Mark Day as Read</source>
        <translation>이날 모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark All in List as Read</source>
        <translation>목록 모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark day read</source>
        <translation>이날 모두 읽음</translation>
    </message>
    <message>
        <source>Mark list read</source>
        <translation>목록 모두 읽음</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>안 읽음 %1</translation>
    </message>
    <message>
        <source>%1 triaged</source>
        <translation>분류함 %1</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>관심 키워드: %1</translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>The reply from %1%2 is not valid JSON.</source>
        <translation>%1%2의 응답이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is not a web page.</source>
        <translation>%1이(가) 웹 페이지가 아닌 주소로 넘겨주었습니다.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1이(가) 너무 여러 번 다른 주소로 넘겼습니다.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1이(가) %2 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The reply from %1 could not be decompressed.</source>
        <translation>%1의 응답을 압축 해제하지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1.</source>
        <translation>%1에 보안 연결을 맺지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not connect to %1; check the network connection.</source>
        <translation>%1에 연결하지 못했습니다. 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1은(는) 올바른 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>%1에 보낸 요청이 실패했습니다.</translation>
    </message>
    <message>
        <source>The reply from %1%2 is larger than the %3 limit.</source>
        <translation>%1%2의 응답이 한도 %3보다 큽니다.</translation>
    </message>
    <message>
        <source>The download from %1%2 was cut off after %3 of %4 bytes.</source>
        <translation>%1%2에서 내려받던 중 %4바이트 가운데 %3바이트에서 끊겼습니다.</translation>
    </message>
    <message>
        <source>The download from %1%2 was cut off after %3 bytes.</source>
        <translation>%1%2에서 내려받던 중 %3바이트에서 끊겼습니다.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4.</source>
        <translation>%1이(가) %4 요청에 %2 %3(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>The deadline of %1 passed while waiting for %2.</source>
        <translation>%2을(를) 기다리는 동안 제한 시간 %1이(가) 지났습니다.</translation>
    </message>
    <message>
        <source>Rate limited by %1; try again after %2.</source>
        <translation>%1의 요청 한도에 걸렸습니다. %2 이후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Rate limited by %1; try again later.</source>
        <translation>%1의 요청 한도에 걸렸습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1 %2초 뒤 다시 시도합니다(%4번 중 %3번째).</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1초</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>The download from %1 stalled: less than %2 arrived in %3.</source>
        <translation>%1에서 내려받기가 멈췄습니다. %3 동안 %2도 받지 못했습니다.</translation>
    </message>
    <message>
        <source>The file list from %1 is not valid JSON.</source>
        <translation>%1의 파일 목록이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The file list from %1 is not a tree.</source>
        <translation>%1의 파일 목록이 트리 형태가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Tags, comma-separated  (T)</source>
        <translation>태그, 쉼표로 구분  (T)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Show the note rendered as Markdown</source>
        <translation>메모를 마크다운으로 렌더링해 보기</translation>
    </message>
    <message>
        <source>Your note on this paper, in Markdown  (C)</source>
        <translation>이 논문에 대한 메모(마크다운)  (C)</translation>
    </message>
    <message>
        <source>The library is read-only</source>
        <translation>라이브러리가 읽기 전용입니다</translation>
    </message>
</context>
<context>
    <name>NotesError</name>
    <message>
        <source>A tag may be at most %1 characters long.</source>
        <translation>태그는 %1자까지 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>PaperHtml</name>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform> 외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>et al. (the digest shortened this list)</source>
        <translation>외 (다이제스트가 목록을 줄였습니다)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>AI 요약</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>From the Korean daily digest</source>
        <translation>한국어 데일리 다이제스트에서</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>Hugging Face에서</translation>
    </message>
    <message>
        <source>From the bundled sample digests (made up to show the app)</source>
        <translation>함께 들어 있는 샘플 다이제스트에서(앱을 보여 주려고 지어낸 내용)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a text&apos;s language, then its kind</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>프로젝트 페이지</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>기관: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>a vote gain since a day</comment>
        <translation>%2 이후 %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>추천</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n vote(s)</source>
        <translation>
            <numerusform>▲ 추천 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>▲ votes unknown</source>
        <translation>▲ 추천 수 모름</translation>
    </message>
    <message>
        <source>Also listed on %1</source>
        <translation>%1에도 실림</translation>
    </message>
    <message>
        <source>Watch the video</source>
        <translation>동영상 보기</translation>
    </message>
    <message>
        <source>This digest has no summary for the paper.</source>
        <translation>이 다이제스트에는 이 논문의 요약이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PaperListModel</name>
    <message numerus="yes">
        <source>%1, %n vote(s), read</source>
        <translation>
            <numerusform>%1, 추천 %n, 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n vote(s), unread</source>
        <translation>
            <numerusform>%1, 추천 %n, 안 읽음</numerusform>
        </translation>
    </message>
    <message>
        <source>, has code</source>
        <translation>, 코드 있음</translation>
    </message>
</context>
<context>
    <name>PaperListPane</name>
    <message>
        <source>Search all papers  ( / )</source>
        <translation>모든 논문 검색  ( / )</translation>
    </message>
    <message>
        <source>No paper matches.</source>
        <translation>맞는 논문이 없습니다.</translation>
    </message>
    <message>
        <source>No papers here.</source>
        <translation>여기에는 논문이 없습니다.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) found for “%1” in the library</source>
        <translation>
            <numerusform>라이브러리에서 “%1”에 맞는 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n only inside their PDFs</source>
        <translation>
            <numerusform>, 그중 %n편은 PDF 안에서만</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n paper(s) shown</source>
        <translation>
            <numerusform>논문 %n편 중 %1편 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Outline</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>← Summary</source>
        <translation>← 요약</translation>
    </message>
    <message>
        <source>Back to the summary (Esc)</source>
        <translation>요약으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Fit the page width (W)</source>
        <translation>쪽 너비에 맞추기 (W)</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>쪽 맞춤</translation>
    </message>
    <message>
        <source>Fit the whole page (F)</source>
        <translation>쪽 전체 맞추기 (F)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>축소 (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <source>Find in PDF</source>
        <translation>PDF에서 찾기</translation>
    </message>
    <message>
        <source>The PDF of %1 cannot be opened (%2).</source>
        <translation>%1의 PDF를 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n건 찾음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2건 중 %1</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the file is missing</source>
        <translation>파일이 없음</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>손상되었거나 PDF가 아님</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>암호로 보호됨</translation>
    </message>
    <message>
        <source>its encryption is not supported</source>
        <translation>지원하지 않는 암호화</translation>
    </message>
    <message>
        <source>it is incomplete</source>
        <translation>파일이 완전하지 않음</translation>
    </message>
    <message>
        <source>QtPdf cannot read it</source>
        <translation>QtPdf가 읽을 수 없음</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>쪽이 없음</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be opened (%2).</source>
        <translation>PDF %1을(를) 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 sent a web page instead of the PDF of %2 (a rate limit, a captcha or a withdrawn paper); nothing was stored.</source>
        <translation>%1이(가) %2의 PDF 대신 웹 페이지를 보냈습니다(요청 한도, 캡차, 또는 철회된 논문). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 sent something that is not a PDF for %2; nothing was stored.</source>
        <translation>%1이(가) %2에 대해 PDF가 아닌 것을 보냈습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The PDF of %1 arrived incomplete (it has no end marker); nothing was stored.</source>
        <translation>%1의 PDF가 불완전하게 도착했습니다(끝 표시가 없음). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is not an arXiv id.</source>
        <translation>%1은(는) arXiv ID가 아닙니다.</translation>
    </message>
    <message>
        <source>The PDF of %1 was not downloaded: %2</source>
        <translation>%1의 PDF를 내려받지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The PDF of %1 cannot be opened (%2); nothing was stored.</source>
        <translation>%1의 PDF를 열 수 없습니다(%2). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The PDF of %1 is %2, more than the %3 limit; it was not downloaded.</source>
        <translation>%1의 PDF는 %2(으)로 한도 %3보다 커서 내려받지 않았습니다.</translation>
    </message>
    <message>
        <source>The PDF of %1 arrived incomplete; nothing was stored.</source>
        <translation>%1의 PDF가 불완전하게 도착했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The PDF of %1 cannot be saved (%2).</source>
        <translation>%1의 PDF를 저장할 수 없습니다(%2).</translation>
    </message>
</context>
<context>
    <name>PdfUi</name>
    <message>
        <source>Downloading the PDF of %1; it opens when it arrives.</source>
        <translation>%1의 PDF를 내려받는 중입니다. 도착하면 열립니다.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 KB</source>
        <comment>a paper&apos;s download: id, KB received, KB in all</comment>
        <translation>%1 · %3KB 중 %2KB</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) downloaded</source>
        <translation>
            <numerusform>PDF %n개 내려받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n개는 이미 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; cancelled.</source>
        <translation>%1. 취소했습니다.</translation>
    </message>
    <message>
        <source>Downloading PDFs</source>
        <translation>PDF 내려받는 중</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) not downloaded: %1</source>
        <translation>
            <numerusform>PDF %n개를 내려받지 못했습니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) failed: %1</source>
        <translation>
            <numerusform>PDF %n개 실패: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF downloads cancelled; what was downloaded is kept.</source>
        <translation>PDF 내려받기를 취소했습니다. 이미 받은 것은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The PDF download failed (%1); details are in the log file.</source>
        <translation>PDF 내려받기에 실패했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>The GitHub API address</source>
        <translation>GitHub API 주소</translation>
    </message>
    <message>
        <source>The raw file address</source>
        <translation>원본 파일 주소</translation>
    </message>
    <message>
        <source>The Hugging Face address</source>
        <translation>Hugging Face 주소</translation>
    </message>
    <message>
        <source>Korean (the digest&apos;s summary)</source>
        <translation>한국어 (요약 파일의 요약)</translation>
    </message>
    <message>
        <source>English (Hugging Face&apos;s AI summary and abstract)</source>
        <translation>영어 (Hugging Face의 AI 요약과 초록)</translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be stored and sync runs without them.</source>
        <translation>시스템 키링을 쓸 수 없어 토큰을 저장할 수 없습니다. 동기화는 토큰 없이 진행됩니다.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>(at the next start)</source>
        <translation>(다음 실행부터 적용)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>바로</translation>
    </message>
    <message>
        <source>Show the thumbnail above a paper&apos;s summary</source>
        <translation>논문 요약 위에 썸네일 보기</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Mark as read after:</source>
        <translation>읽음으로 표시할 때까지:</translation>
    </message>
    <message>
        <source>Thumbnail cache:</source>
        <translation>썸네일 캐시:</translation>
    </message>
    <message>
        <source>Preferred summary language:</source>
        <translation>우선할 요약 언어:</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Only by hand</source>
        <translation>직접 할 때만</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>GitHub archive</source>
        <translation>GitHub 아카이브</translation>
    </message>
    <message>
        <source>Hugging Face Daily Papers</source>
        <translation>Hugging Face Daily Papers</translation>
    </message>
    <message>
        <source>Sync automatically every:</source>
        <translation>자동 동기화 간격:</translation>
    </message>
    <message>
        <source>Stop a sync after:</source>
        <translation>동기화 최대 시간:</translation>
    </message>
    <message>
        <source>Give up a stalled download after:</source>
        <translation>멈춘 다운로드 포기까지:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>소스:</translation>
    </message>
    <message>
        <source>GitHub repository:</source>
        <translation>GitHub 저장소:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>브랜치:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>GitHub API address:</source>
        <translation>GitHub API 주소:</translation>
    </message>
    <message>
        <source>Raw file address:</source>
        <translation>원본 파일 주소:</translation>
    </message>
    <message>
        <source>Hugging Face address:</source>
        <translation>Hugging Face 주소:</translation>
    </message>
    <message>
        <source>Default Addresses</source>
        <translation>기본 주소로</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keyring, never in the settings file, and each is sent only to its own service. A GitHub token raises the API rate limit.</source>
        <translation>토큰은 설정 파일이 아닌 시스템 키링에만 보관되고, 각 토큰은 해당 서비스에만 전송됩니다. GitHub 토큰이 있으면 API 요청 한도가 올라갑니다.</translation>
    </message>
    <message>
        <source>GitHub token:</source>
        <translation>GitHub 토큰:</translation>
    </message>
    <message>
        <source>Hugging Face token:</source>
        <translation>Hugging Face 토큰:</translation>
    </message>
    <message>
        <source>Digest files in these folders are imported and watched for changes.</source>
        <translation>이 폴더들의 요약 파일을 가져오고, 바뀌면 다시 가져옵니다.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Sync folder for triage states, the queue, notes, tags and watch terms (a folder your file-sync tool keeps in step between machines):</source>
        <translation>분류 상태, 대기열, 메모, 태그, 관심 키워드를 맞출 동기화 폴더 (파일 동기화 도구가 여러 컴퓨터에서 맞춰 두는 폴더):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Notify me when a sync finds new watch-term papers</source>
        <translation>동기화에서 관심 키워드 논문을 새로 찾으면 알림</translation>
    </message>
    <message>
        <source>The GitHub repository must look like owner/name.</source>
        <translation>GitHub 저장소는 owner/name 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation>%1는 http 또는 https 주소여야 합니다.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ReadOnlyUi</name>
    <message>
        <source>Checking the library failed (%1); details are in the log file.</source>
        <translation>라이브러리 검사에 실패했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related papers</source>
        <translation>관련 논문</translation>
    </message>
    <message>
        <source>Show or hide the papers most like this one  (L)</source>
        <translation>이 논문과 가장 비슷한 논문 보이기/숨기기  (L)</translation>
    </message>
    <message>
        <source>Related  %1</source>
        <translation>관련 논문  %1</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>관련 논문</translation>
    </message>
    <message>
        <source>No related papers yet</source>
        <translation>아직 관련 논문이 없습니다</translation>
    </message>
</context>
<context>
    <name>RowMarks</name>
    <message>
        <source>in the queue</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>must read</source>
        <translation>꼭 읽기</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>watch: %1</source>
        <translation>관심어: %1</translation>
    </message>
    <message>
        <source>excluded by: %1</source>
        <translation>제외어: %1</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>메모 있음</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>태그: %1</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>These are sample digests. Sync or Import to get the real ones.</source>
        <translation>예시 요약입니다. 동기화하거나 가져오기로 실제 요약을 받으세요.</translation>
    </message>
</context>
<context>
    <name>SettingError</name>
    <message>
        <source>The repository %1 is not of the form OWNER/NAME.</source>
        <translation>저장소 %1이(가) OWNER/NAME 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The branch %1 is not a valid branch name.</source>
        <translation>브랜치 이름 %1은(는) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The folder %1 is not a relative path in the repository.</source>
        <translation>폴더 %1은(는) 저장소 안의 상대 경로가 아닙니다.</translation>
    </message>
    <message>
        <source>GitHub API address</source>
        <translation>GitHub API 주소</translation>
    </message>
    <message>
        <source>raw file address</source>
        <translation>원본 파일 주소</translation>
    </message>
    <message>
        <source>%1 is not a date like 2024-03-11.</source>
        <translation>%1은(는) 2024-03-11 같은 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Hugging Face address</source>
        <translation>Hugging Face 주소</translation>
    </message>
    <message>
        <source>The %1 date %2 is not a date like 2024-03-11.</source>
        <translation>%1 날짜 %2은(는) 2024-03-11 같은 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Unknown sync source %1.</source>
        <translation>알 수 없는 동기화 출처: %1.</translation>
    </message>
    <message>
        <source>The since date %1 is after the until date %2.</source>
        <translation>시작 날짜 %1이(가) 끝 날짜 %2보다 늦습니다.</translation>
    </message>
    <message>
        <source>The %1 %2 is not an http or https address.</source>
        <translation>%1 %2은(는) http 또는 https 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Milliseconds a paper is shown before it counts as read (0: at once).</source>
        <translation>논문을 보여 준 뒤 읽음으로 치기까지의 시간(밀리초, 0: 바로).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>색 테마: 시스템, 밝게, 어둡게.</translation>
    </message>
    <message>
        <source>Language of the window (menus, buttons, messages, dates): system (the system&apos;s locale: Korean when it is Korean, else English), ko or en; read at start-up. The command line stays English.</source>
        <translation>창의 언어(메뉴, 버튼, 메시지, 날짜): 시스템(시스템 로캘이 한국어면 한국어, 아니면 영어), 한국어, 영어. 실행할 때 적용되며 명령줄은 영어 그대로입니다.</translation>
    </message>
    <message>
        <source>Text size in points for the reading panes (0: the system size).</source>
        <translation>읽기 창의 글자 크기(포인트, 0: 시스템 크기).</translation>
    </message>
    <message>
        <source>Show the cached thumbnail above a paper&apos;s summary.</source>
        <translation>논문 요약 위에 저장된 썸네일을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Preferred summary language when a paper has several texts: ko (the Korean digest summary) or en (Hugging Face&apos;s AI summary and abstract).</source>
        <translation>논문에 글이 여럿일 때 우선할 요약 언어: 한국어(요약 파일의 한국어 요약) 또는 영어(Hugging Face의 AI 요약과 초록).</translation>
    </message>
    <message>
        <source>Megabytes of thumbnails kept for offline reading; the least recently used go first.</source>
        <translation>오프라인 읽기용으로 보관할 썸네일 용량(MB). 가장 오래 안 쓴 것부터 지웁니다.</translation>
    </message>
    <message>
        <source>Folders of digest files imported and watched for changes.</source>
        <translation>가져오고 변경을 지켜볼 요약 파일 폴더.</translation>
    </message>
    <message>
        <source>Download the PDFs of bookmarked, queued and must-read papers (after each sync, and when bookmarked).</source>
        <translation>북마크, 대기열, 꼭 읽기 논문의 PDF를 내려받습니다(동기화 뒤마다, 그리고 북마크할 때).</translation>
    </message>
    <message>
        <source>Megabytes of PDFs kept; the least recently read go first, bookmarked ones never.</source>
        <translation>보관할 PDF 용량(MB). 가장 오래 안 읽은 것부터 지우고, 북마크한 것은 지우지 않습니다.</translation>
    </message>
    <message>
        <source>Largest PDF downloaded, in megabytes.</source>
        <translation>내려받을 PDF의 최대 크기(MB).</translation>
    </message>
    <message>
        <source>The address PDFs are downloaded from.</source>
        <translation>PDF를 내려받는 주소.</translation>
    </message>
    <message>
        <source>Hours between automatic syncs (0: only by hand).</source>
        <translation>자동 동기화 간격(시간, 0: 직접 할 때만).</translation>
    </message>
    <message>
        <source>Minutes a whole sync may take; then it stops and keeps what it downloaded.</source>
        <translation>동기화 한 번에 걸릴 수 있는 최대 시간(분). 넘으면 멈추고 받은 것은 남깁니다.</translation>
    </message>
    <message>
        <source>Seconds a download may go without (almost) any data before it is given up.</source>
        <translation>데이터가 (거의) 오지 않을 때 다운로드를 포기하기까지의 시간(초).</translation>
    </message>
    <message>
        <source>Sync the GitHub archive of daily digests.</source>
        <translation>GitHub의 일일 요약 아카이브를 동기화합니다.</translation>
    </message>
    <message>
        <source>Sync the Hugging Face Daily Papers API.</source>
        <translation>Hugging Face Daily Papers API를 동기화합니다.</translation>
    </message>
    <message>
        <source>The GitHub archive, as owner/name.</source>
        <translation>GitHub 아카이브 (owner/name 형식).</translation>
    </message>
    <message>
        <source>The archive&apos;s branch.</source>
        <translation>아카이브의 브랜치.</translation>
    </message>
    <message>
        <source>The archive&apos;s folder of daily digests.</source>
        <translation>아카이브에서 일일 요약이 있는 폴더.</translation>
    </message>
    <message>
        <source>The GitHub API&apos;s base address.</source>
        <translation>GitHub API 기본 주소.</translation>
    </message>
    <message>
        <source>The base address raw files are downloaded from.</source>
        <translation>원본 파일을 내려받는 기본 주소.</translation>
    </message>
    <message>
        <source>The Hugging Face base address.</source>
        <translation>Hugging Face 기본 주소.</translation>
    </message>
    <message>
        <source>Days of Hugging Face papers a sync reaches back when none were fetched yet.</source>
        <translation>아직 받은 것이 없을 때 Hugging Face 논문을 며칠 전까지 거슬러 받을지.</translation>
    </message>
    <message>
        <source>A folder kept in step by a file-sync tool: triage states, queue, notes, tags, watch terms, read and bookmark marks are merged with its daily-papers-userstate.json at start and when it changes, and written there after each change (&apos;&apos; : off).</source>
        <translation>파일 동기화 도구가 맞춰 두는 폴더: 분류 상태, 대기열, 메모, 태그, 관심 키워드, 읽음과 북마크 표시를 실행할 때와 파일이 바뀔 때 그 폴더의 daily-papers-userstate.json과 합치고, 바뀔 때마다 그곳에 씁니다(빈 값: 끔).</translation>
    </message>
    <message>
        <source>Show a desktop notification when a sync finds new papers for a watch term.</source>
        <translation>동기화에서 관심 키워드 논문을 새로 찾으면 데스크톱 알림을 띄웁니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>SimilarityUi</name>
    <message>
        <source>building the index…</source>
        <translation>색인을 만드는 중…</translation>
    </message>
    <message>
        <source>Building the similarity index…</source>
        <translation>유사도 색인을 만드는 중…</translation>
    </message>
    <message>
        <source>Not interested: %1</source>
        <translation>관심 없음: %1</translation>
    </message>
    <message>
        <source>Already dismissed: %1</source>
        <translation>이미 관심 없음으로 표시함: %1</translation>
    </message>
    <message>
        <source>Finding related papers failed (%1); details are in the log file.</source>
        <translation>관련 논문을 찾지 못했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln paper(s)</source>
        <translation>
            <numerusform>논문 %Ln편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>안 읽음 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookmarked</source>
        <translation>
            <numerusform>북마크 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Offline · </source>
        <translation>⚠ 오프라인 · </translation>
    </message>
    <message>
        <source>Daily Papers Reader</source>
        <translation>Daily Papers Reader</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>like “%1”</source>
        <translation>“%1”와(과) 비슷함</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작하는 중</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>동기화 중</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 of %4)</source>
        <comment>verb · what (which of how many)</comment>
        <translation>%1 · %2 (%4개 중 %3번째)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>verb · what</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>동기화 문제</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>A sync is already running.</source>
        <translation>이미 동기화가 진행 중입니다.</translation>
    </message>
    <message>
        <source>No source is chosen to sync; turn one on in Preferences.</source>
        <translation>동기화할 출처를 고르지 않았습니다. 환경설정에서 하나를 켜세요.</translation>
    </message>
    <message>
        <source>Waiting for the cancelled sync to stop</source>
        <translation>취소한 동기화가 멈추기를 기다리는 중</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작하는 중</translation>
    </message>
    <message>
        <source>Sync cancelled; what was downloaded is kept.</source>
        <translation>동기화를 취소했습니다. 이미 받은 것은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Sync cannot start: %1 Check the addresses in Preferences.</source>
        <translation>동기화를 시작할 수 없습니다: %1 환경설정의 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The sync failed (%1); details are in the log file.</source>
        <translation>동기화에 실패했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>Could not write %1 to the cache (%2).</source>
        <translation>%1을(를) 캐시에 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>GitHub listed only part of %1; some days may be missing.</source>
        <translation>GitHub가 %1의 일부만 보여 주었습니다. 빠진 날이 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>No digest files were found in the folder %1 of %2 on branch %3.</source>
        <translation>%2의 %3 브랜치, %1 폴더에서 다이제스트 파일을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>No digest files were found in the repository of %1 on branch %2.</source>
        <translation>%1 저장소의 %2 브랜치에서 다이제스트 파일을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Stopped after %1 failed downloads in a row from %2.</source>
        <translation>%2에서 내려받기가 %1번 잇달아 실패해 멈췄습니다.</translation>
    </message>
    <message>
        <source>%1 from %2 did not match the file list (it may have changed upstream meanwhile); the next sync fetches it again.</source>
        <translation>%2에서 받은 %1이(가) 파일 목록과 맞지 않습니다(그사이 원본이 바뀌었을 수 있습니다). 다음 동기화 때 다시 받습니다.</translation>
    </message>
    <message>
        <source>Stopped after %1 failed requests in a row to %2.</source>
        <translation>%2에 보낸 요청이 %1번 잇달아 실패해 멈췄습니다.</translation>
    </message>
    <message>
        <source>The Hugging Face list of %1</source>
        <translation>Hugging Face의 %1 목록</translation>
    </message>
    <message>
        <source>%1; the next sync tries again.</source>
        <translation>%1. 다음 동기화 때 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Hugging Face listed no papers for %1 this time; the stored ones are kept.</source>
        <translation>이번에는 Hugging Face에 %1의 논문이 없었습니다. 저장된 논문은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>이미 동기화하고 있습니다.</translation>
    </message>
    <message>
        <source>The sync stopped at its deadline of %1; what it downloaded is kept and the next sync goes on.</source>
        <translation>제한 시간 %1이(가) 되어 동기화를 멈췄습니다. 내려받은 것은 남아 있고 다음 동기화가 이어서 합니다.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>마지막으로 성공한 동기화: %1</translation>
    </message>
    <message>
        <source>The last attempt could not reach the servers; synced days read offline.</source>
        <translation>지난번 시도에서 서버에 닿지 못했습니다. 동기화된 날짜는 오프라인으로 읽을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n new day(s)</source>
        <translation>
            <numerusform>새 날짜 %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new paper(s)</source>
        <translation>
            <numerusform>새 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>파일 %n개 내려받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thumbnail(s)</source>
        <translation>
            <numerusform>썸네일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from Hugging Face</source>
        <translation>
            <numerusform>Hugging Face에서 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>sync cancelled</source>
        <translation>동기화 취소됨</translation>
    </message>
    <message>
        <source>rate limited, resume after %1</source>
        <translation>요청 한도에 걸림, %1 이후 재개</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>요청 한도에 걸림</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), the next sync retries</source>
        <translation>
            <numerusform>문제 %n건, 다음 동기화 때 다시 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed (%n file(s) already up to date)</source>
        <translation>
            <numerusform>바뀐 것 없음 (파일 %n개가 이미 최신)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>파일 %n개 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>새 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n개 그대로</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4); %5</source>
        <translation>%1 (%2, %3, %4); %5</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2: %3</source>
        <translation>%1; %2: %3</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>가져오기 취소됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>A GitHub token (Preferences &gt; Tokens) raises the limit.</source>
        <translation>GitHub 토큰(환경설정 &gt; 토큰)을 넣으면 한도가 올라갑니다.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; sync can resume after %1. %2</source>
        <translation>서버의 요청 한도에 걸렸습니다. %1 이후에 동기화를 이어 갈 수 있습니다. %2</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; sync can resume later (usually within the hour). %1</source>
        <translation>서버의 요청 한도에 걸렸습니다. 나중에(보통 한 시간 안에) 동기화를 이어 갈 수 있습니다. %1</translation>
    </message>
    <message>
        <source>Could not reach the sync servers; everything synced before reads offline.</source>
        <translation>동기화 서버에 닿지 못했습니다. 전에 동기화한 것은 모두 오프라인으로 읽을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished with %n problem(s); the next sync retries.</source>
        <translation>
            <numerusform>동기화가 문제 %n건과 함께 끝났습니다. 다음 동기화 때 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Local folders: %1</source>
        <translation>로컬 폴더: %1</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Thumbnail not downloaded yet</source>
        <translation>썸네일을 아직 받지 않았습니다</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The token works.</source>
        <translation>토큰이 잘 작동합니다.</translation>
    </message>
    <message>
        <source>GitHub answered as if no token was sent.</source>
        <translation>GitHub가 토큰을 받지 않은 것처럼 응답했습니다.</translation>
    </message>
    <message>
        <source>Unknown token name %1.</source>
        <translation>알 수 없는 토큰 이름: %1.</translation>
    </message>
    <message>
        <source>There is no token to test.</source>
        <translation>테스트할 토큰이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1은(는) http 또는 https 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>A token is only sent over https, and %1 is not.</source>
        <translation>토큰은 https로만 보내는데 %1은(는) https가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 refused the token (%2).</source>
        <translation>%1이(가) 토큰을 거부했습니다(%2).</translation>
    </message>
    <message>
        <source>%1 did not answer with JSON.</source>
        <translation>%1이(가) JSON으로 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The token works (%1 requests an hour).</source>
        <translation>토큰이 잘 작동합니다(시간당 요청 %1회).</translation>
    </message>
    <message>
        <source>The token works (signed in as %1).</source>
        <translation>토큰이 잘 작동합니다(%1(으)로 로그인됨).</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>키링 확인 중…</translation>
    </message>
    <message>
        <source>Stored in the keyring — type a new one to replace it</source>
        <translation>키링에 저장됨 — 바꾸려면 새 토큰을 입력하세요</translation>
    </message>
    <message>
        <source>Paste a %1 token</source>
        <translation>%1 토큰을 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>✓ OK: %1</source>
        <translation>✓ 성공: %1</translation>
    </message>
    <message>
        <source>✖ Failed: %1</source>
        <translation>✖ 실패: %1</translation>
    </message>
    <message>
        <source>the test could not run (%1).</source>
        <translation>테스트를 실행하지 못했습니다(%1).</translation>
    </message>
    <message>
        <source>Saved the %1 token.</source>
        <translation>%1 토큰을 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved the %1 token in the keyring.</source>
        <translation>%1 토큰을 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>Cleared the %1 token.</source>
        <translation>%1 토큰을 지웠습니다.</translation>
    </message>
    <message>
        <source>Cleared the %1 token in the keyring.</source>
        <translation>키링에서 %1 토큰을 지웠습니다.</translation>
    </message>
    <message>
        <source>The keyring refused the %1 token (%2).</source>
        <translation>키링이 %1 토큰을 받지 않았습니다(%2).</translation>
    </message>
</context>
<context>
    <name>TriageUi</name>
    <message numerus="yes">
        <source>%n paper(s) queued</source>
        <translation>
            <numerusform>논문 %n편을 대기열에 넣음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked must-read</source>
        <translation>
            <numerusform>논문 %n편을 꼭 읽기로 표시함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked done</source>
        <translation>
            <numerusform>논문 %n편을 완료로 표시함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) skipped</source>
        <translation>
            <numerusform>논문 %n편을 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) back to new</source>
        <translation>
            <numerusform>논문 %n편을 새 논문으로 되돌림</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped the rest of Catch-up</source>
        <translation>따라잡기의 나머지를 건너뜀</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n changed).</source>
        <translation>
            <numerusform>%1 (%n편 바뀜).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder papers in the Queue view (Ctrl+Up / Ctrl+Down).</source>
        <translation>논문 순서는 대기열 보기에서 바꿀 수 있습니다 (Ctrl+Up / Ctrl+Down).</translation>
    </message>
    <message>
        <source>Undo Mark as Read</source>
        <translation>읽음 표시 실행 취소</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>실행 취소함: %1</translation>
    </message>
    <message>
        <source>Undid: %1.</source>
        <translation>실행 취소함: %1.</translation>
    </message>
    <message>
        <source>Changing triage states failed (%1); details are in the log file.</source>
        <translation>분류 상태를 바꾸지 못했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>UserStateError</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is not a user-state file (it is not valid JSON); nothing was changed.</source>
        <translation>%1은(는) 사용자 상태 파일이 아닙니다(올바른 JSON이 아님). 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Daily Papers user-state file; nothing was changed.</source>
        <translation>%1은(는) Daily Papers 사용자 상태 파일이 아닙니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no valid user-state version; nothing was changed.</source>
        <translation>%1에 올바른 사용자 상태 버전이 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the app (user-state version %2); nothing was changed: update the app.</source>
        <translation>%1은(는) 더 새 버전의 앱이 쓴 파일입니다(사용자 상태 버전 %2). 아무것도 바꾸지 않았습니다. 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed.</source>
        <translation>%1이(가) 손상되었습니다(%2). 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is too large for a user-state file; nothing was changed.</source>
        <translation>%1은(는) 사용자 상태 파일로 쓰기에 너무 큽니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a user-state file.</source>
        <translation>%1은(는) 사용자 상태 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>UserStateUi</name>
    <message>
        <source>The user-state sync folder %1 does not exist; nothing is synced.</source>
        <translation>사용자 상태 동기화 폴더 %1이(가) 없어 아무것도 동기화하지 않습니다.</translation>
    </message>
    <message>
        <source>Syncing the user-state folder failed (%1); details are in the log file.</source>
        <translation>사용자 상태 폴더 동기화에 실패했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n read mark(s)</source>
        <translation>
            <numerusform>읽음 표시 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>북마크 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triage state(s)</source>
        <translation>
            <numerusform>분류 상태 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>태그 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not-interested mark(s)</source>
        <translation>
            <numerusform>관심 없음 표시 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watch term(s)</source>
        <translation>
            <numerusform>관심어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between merged counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Sync folder: nothing to merge, up to date.</source>
        <translation>동기화 폴더: 합칠 것이 없습니다. 최신 상태입니다.</translation>
    </message>
    <message>
        <source>Sync folder: merged %1.</source>
        <translation>동기화 폴더: %1을(를) 합쳤습니다.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Watch Terms</source>
        <translation>관심 키워드</translation>
    </message>
    <message>
        <source>Papers whose title, authors or summary contain a term are highlighted (include) or dimmed (exclude). A word matches the start of words: “diffus” finds “diffusion”; Korean terms match with a particle after them.</source>
        <translation>제목, 저자, 요약에 키워드가 들어 있는 논문을 강조(포함)하거나 흐리게(제외) 표시합니다. 단어는 앞부분이 맞으면 찾습니다: “diffus”로 “diffusion”을 찾고, 한국어 키워드는 뒤에 조사가 붙어도 찾습니다.</translation>
    </message>
    <message>
        <source>A word, a phrase or an author</source>
        <translation>단어, 구절 또는 저자</translation>
    </message>
    <message>
        <source>Exclude (dim the papers)</source>
        <translation>제외 (논문을 흐리게)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message numerus="yes">
        <source>exclude: %Ln paper(s)</source>
        <translation>
            <numerusform>제외: 논문 %Ln편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>include: %Ln paper(s)</source>
        <translation>
            <numerusform>포함: 논문 %Ln편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln new</source>
        <translation>
            <numerusform>%1, 새 논문 %Ln편</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchError</name>
    <message>
        <source>The watch term %1 needs at least two letters or digits.</source>
        <translation>관심어 %1에는 글자나 숫자가 두 개 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>WatchUi</name>
    <message numerus="yes">
        <source>Your watch terms found %n new paper(s).</source>
        <translation>
            <numerusform>관심어에 맞는 새 논문이 %n편 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily Papers Reader</source>
        <translation>Daily Papers Reader</translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation>제외어: %1</translation>
    </message>
    <message>
        <source>Changing the watch list failed (%1); details are in the log file.</source>
        <translation>관심어 목록을 바꾸지 못했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>Saving a change failed (%1); details are in the log file.</source>
        <translation>변경 사항을 저장하지 못했습니다(%1). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>%1 failed (%2); details are in the log file.</source>
        <translation>%1 실패(%2). 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
</TS>
