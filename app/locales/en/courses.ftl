## Courses: the catalogue
course-catalogue-intro = Self-study courses on innovative public procurement, written from the EU directives, the Commission's guidance and real cases. Read and answer at your own pace; your progress follows you from phone to desktop. Sign in to keep it for good and to get a certificate.
course-filters = Filter the courses
course-for = For
course-level = Level
course-language = Language
course-languages = Languages
course-topic = Topic
course-length = Length
course-found = { $count ->
    [one] 1 course
   *[other] { $count } courses
}
course-none-found = No course matches these filters. Remove a filter to see more.
course-lessons-count = { $count ->
    [one] 1 lesson
   *[other] { $count } lessons
}
course-minutes = about { $minutes } min
course-hours-minutes = about { $hours } h { $minutes } min
course-start = Start the course
course-continue = Continue
course-continue-named = Continue “{ $title }”
course-review = Review the course
course-my-learning = Your learning
course-my-certificates = Your certificates
course-visitor-progress = Your progress is kept in this browser for now. Sign in or create an account to keep it on every device.
course-level-introductory = Introductory
course-level-intermediate = Intermediate
course-level-advanced = Advanced
course-audience-buyer = Public buyers
course-audience-supplier = Suppliers
course-topic-fundamentals = Fundamentals
course-topic-market-engagement = Market engagement
course-topic-procedures = Procedures
course-topic-contract-management = Contract management
course-topic-strategy = Strategy
course-topic-legal = Legal framework

## A course
course-your-progress = Your progress
course-progress-of = { $done } of { $total } lessons done
course-time-left = Time left: { $time }.
course-next-lesson = Next: { $title }
course-complete = You have completed this course.
course-lessons = Lessons
course-linear = In this course each lesson opens when you have done the one before.
course-outcomes = What you will learn
course-facts = About this course
course-pass-mark = Quiz pass mark
course-pass-mark-value = { $percent } % of the questions right
course-version = Version
course-back = All courses
notice-course-complete = Well done: you have completed the course. Your certificate is below.

## A lesson
lesson-breadcrumbs = Where you are
lesson-n-of = Lesson { $n } of { $total }
lesson-state-done = Done
lesson-state-open = Not done yet
lesson-state-locked = Opens after the lesson before
lesson-has-quiz = { $count ->
    [one] quiz of 1 question
   *[other] quiz of { $count } questions
}
lesson-optional = optional
lesson-rule-read = Done when you have read it to the end
lesson-rule-quiz = Done when you pass its quiz ({ $percent } % right)
lesson-locked = This lesson opens when you have done the lessons before it.
lesson-video = Watch the video (opens another site)
lesson-read-more = Read more in the knowledge centre
lesson-sources = Sources
lesson-previous = Previous lesson
lesson-done-next = Done, next lesson
lesson-done-last = Done, back to the course
lesson-to-course = Course overview

## Quizzes
quiz-title = Check what you have learned
quiz-pass-mark = To pass: { $percent } % of the questions right.
quiz-attempts = Attempts: { $used } of { $allowed }.
quiz-question-n = Question { $n } of { $total }
quiz-choose-one = Choose one answer.
quiz-choose-all = Choose every answer that is right.
quiz-check = Check my answer
quiz-right = Right.
quiz-wrong = Not right.
quiz-your-answer = Your answer:
quiz-learn-more = Learn more:
quiz-score = You answered { $correct } of { $total } questions right ({ $percent } %).
quiz-passed = Passed.
quiz-failed = Not passed yet: { $percent } % is needed.
quiz-retry = Try the quiz again
quiz-cooling-down-until = You can try again from { $time }.
err-quiz-choose = Choose an answer.
err-quiz-one-option = Choose only one answer.
err-quiz-unknown-option = That answer is not one of this question's options. Choose one of the answers shown.
err-quiz-answered = You have answered this question already in this attempt.
err-quiz-attempt-over = This attempt is over. The page now shows your current attempt.
err-quiz-passed = You have passed this quiz already.
err-quiz-no-attempts = You have used every attempt at this quiz.
err-quiz-cooling-down = Please wait a few minutes before the next attempt.
err-lesson-locked = This lesson opens when you have done the lessons before it.

## Certificates
certificate-title = Certificate
certificate-check = Check a certificate
certificate-code = Certificate code
certificate-code-hint = 12 letters and digits, as printed on the certificate, for example ABCD-EFGH-JKMN.
certificate-check-submit = Check
err-certificate-code = A certificate code has 12 letters and digits (no 0, O, 1, I or L), for example ABCD-EFGH-JKMN.
err-certificate-unknown = No certificate has this code. Check the code as printed on the certificate.
certificate-valid = This certificate is valid: PPI Hub issued it and has not revoked it.
certificate-revoked = This certificate was revoked on { $date }.
certificate-withdrawn-note = You have taken this certificate out of public view: only you can see this page. Others who open its code are told that no certificate has it.
certificate-certifies = This certifies that
certificate-completed = has completed the course
certificate-hours = Hours of study
certificate-date = Completed on
certificate-band = Result
certificate-band-completed = Completed
certificate-band-pass = Passed
certificate-band-merit = Passed with merit (75 % or more of the quiz questions right)
certificate-band-distinction = Passed with distinction (90 % or more of the quiz questions right)
certificate-issuer = Issued by
certificate-qr-alt = QR code of this certificate's page
certificate-to-course = About the course
certificate-yours = Your certificate
certificate-open = Open your certificate
certificate-sign-in = Sign in or create an account to receive your certificate: it carries your name.
certificate-share = Share this page's address, or print it (the QR code leads back here).
certificate-download-pdf = Download as PDF to print
certificate-pdf-check = Check that this certificate is genuine: scan the QR code or open this address. The page shows whether it is still valid.
certificate-download-badge = Download as a digital badge (Open Badges 3.0)
certificate-badge-hint = A signed credential you can add to a digital wallet; any verifier can check it against PPI Hub's published key.
certificate-withdraw = Take it out of public view
certificate-restore = Show it publicly again
certificate-revoke = Revoke this certificate (moderators)
certificate-revoke-reason = Reason, shown on the certificate
certificate-revoke-hint = Up to { $max } characters.
certificate-revoke-submit = Revoke
notice-certificate-withdrawn = Your certificate is no longer public.
notice-certificate-restored = Your certificate is public again.
notice-certificate-revoked = The certificate is revoked.

## The readiness self-assessment
readiness-title = How ready is your body for innovation procurement?
readiness-intro = Rate { $count } statements about your public body in six areas, from strategy to measuring outcomes. You get a score per area, advice with courses, materials and cases for your weakest areas, the change since your last assessment and, once at least five other bodies have answered, how you compare with bodies of your country and of your type. It takes about 10 minutes. Only the people of your body see your answers.
readiness-who = The self-assessment is answered by the people of a public body on the platform. Sign in with your body's account to answer it.
readiness-history = Your body's earlier assessments
readiness-submit = See our results
readiness-result-title = Your readiness for innovation procurement
readiness-result-of = Assessment of { $date }.
readiness-chart-title = Score per area, from 0 to 100 %
readiness-table-caption = Scores per area, the change since the previous assessment, and the mean of other bodies
readiness-dimension = Area
readiness-score = Score
readiness-change = Change (points)
readiness-country = Bodies of your country
readiness-type = Bodies of your type
readiness-too-few = Fewer than five other bodies of your country or type have answered yet, so there is no comparison: nobody's answers could be inferred from it.
readiness-peers-note = The dark mark on a bar is the mean of the latest answers of other bodies of your country (at least five).
readiness-advice = What to work on first
readiness-again = Answer again
err-readiness-unanswered = Choose one of the five answers.
err-readiness-step = Choose one of the five answers shown.
err-readiness-incomplete = Some statements have no answer yet: they are marked below. Your other answers are kept.

## Your learning: choices, records, team
course-settings = Your learning settings
course-settings-hide = Hide my course progress from my colleagues
course-settings-reminders = Remind me by e-mail after 7 days without progress in a course I have started
course-settings-save = Save settings
notice-course-settings-saved = Your learning settings are saved.
course-records = Download my learning records (xAPI)
course-records-hint = One xAPI statement per line, for your organisation's learning system.
course-team-title = Your colleagues' courses
course-team-intro = The courses the people of your organisation have started: who completed them and where people stop. Colleagues who hide their progress are not shown.
course-team-none = Nobody of your organisation has started a course yet.
course-team-csv = Download as CSV
course-team-summary = { $started } started, { $completed } completed.
course-team-stop = Where people stop: “{ $lesson }” ({ $count }).
course-team-person = Person
course-team-progress = Progress
course-team-last = Last activity
course-team-completed = Completed

## The reminder after 7 idle days
mail-course-reminder-subject = Your course is waiting for you: { $course }
mail-course-reminder-body =
    Hello { $name },

    you have not continued the course “{ $course }” for a week. Continue where you stopped:
    { $link }

    You can switch these reminders off in your learning settings:
    { $settings }

    PPI Hub
