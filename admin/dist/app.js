var C,Dt,Tr,ne,Qe,Me,kt,Re,vt,Ye,Ge,At,Ae=Symbol.for("pv"),Fe={},Be=[],$r=/^m(i|n|o|s|text|space)$/,Ze=Array.isArray,_t=Be.slice,le=Object.assign;function se(e){e&&e.parentNode&&e.remove()}function qe(e,n,r,o,a){var i={type:e,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ae,__v:a||++Dt,__i:-1,__u:0};return!a&&C.vnode&&C.vnode(i),i}function F(e){return e.children}function Le(e,n){this.props=e,this.context=n,this.__g=0}function re(e,n){if(n==null)return e.__&&re(e.__,e.__i+1);for(var r;n<e.__k.length;n++)if((r=e.__k[n])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:re(e)}function Cr(e){var n,r=e.__v,o=r.__e,a=[],i=[],d=e.__P;d&&((n=le({constructor:Ae},r)).__v=r.__v+1,C.vnode&&C.vnode(n),Xe(d,n,r,e.__n,d.namespaceURI,32&r.__u?[o]:null,a,o||re(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,$t(a,n,i),r.__=r.__e=null,n.__e!=o&&Pt(n))}function Pt(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(n){return n&&(e.__e=n.__e)}),Pt(e)}function Je(e){(8&e.__g||(e.__g|=8,ne.push(e),Me++))&&Qe==C.debounceRendering||((Qe=C.debounceRendering)||queueMicrotask)(It)}function It(){try{for(var e,n=1;ne.length;)ne.length>n&&ne.sort(kt),e=ne.shift(),n=ne.length,8&e.__g&&Cr(e)}finally{(Me=ne.length)&&(Qe||queueMicrotask)(It)}}function wt(e,n,r,o,a,i,d,s,m,g,c){var h,k,p,A,D,b,T=o.__k||Be,w=n.length;for(m=Sr(r,n,T,m,w),h=0;h<w;h++)(p=r.__k[h])!=null&&(k=~p.__i&&T[p.__i]||Fe,p.__i=h,b=Xe(e,p,k,a,i,d,s,m,g,c),A=p.__e,(k.ref!=p.ref||8&k.__u)&&(k.ref&&et(k.ref,null,p,k),p.ref&&c.push(p.ref,p.__c||A,p)),D=D||A,4&p.__u?(m=xt(p,m,e,!k.__v),k.__e&&(k.__e=null)):typeof p.type=="function"&&b!==void 0?m=b:A&&(m=A.nextSibling),p.__u&=-21);return r.__e=D,m}function Sr(e,n,r,o,a){var i,d,s,m,g,c,h,k,p,A=r.length,D=A,b=0,T=0,w=e.__k=Array(a);for(i=0;i<a;i++)(d=n[i])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=w[i]=qe(null,d):Ze(d)?d=w[i]=qe(F,{children:d}):d.constructor===Ae&&d.__b?d=w[i]=qe(d.type,d.props,d.key,d.ref,d.__v):w[i]=d,m=i+b,d.__=e,d.__b=e.__b+1,s=null,~(g=d.__i=Nr(d,r,m,D))&&(D--,(s=r[g])&&(s.__u|=2)),s&&s.__v?(d.__u|=16,g==m-1?b--:g==m+1?b++:g!=m&&(g>m?b--:b++,T=1)):(~g||(a>A?b--:a<A&&b++),typeof d.type!="function"&&(d.__u|=4))):w[i]=null;if(T){for(c=[],h=[],i=0;i<a;i++)if((d=w[i])&&16&d.__u){for(b=0,k=c.length;b<k;)c[p=b+k>>1]<d.__i?b=p+1:k=p;c[b]=d.__i,h[i]=b+1}for(b=c.length;i--;)h[i]&&(h[i]==b?b--:w[i].__u|=4)}if(D)for(i=0;i<A;i++)!(s=r[i])||2&s.__u||(s.__e==o&&(o=re(s)),tt(s,s));return o}function xt(e,n,r,o){var a,i,d,s;if(typeof e.type=="function"){if(e.props.__P)return n;if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=e,n=xt(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=re(e))&&!n.parentNode&&(n=null),d=e.__e,s=n;s&&s.nodeType==8;)s=s.nextSibling;for(d!=s&&(!o&&r.moveBefore&&d.parentNode?r.moveBefore(d,n):r.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Nr(e,n,r,o){var a,i=e.key,d=e.type,s=n[r],m=s&&!(2&s.__u);if(s===null&&i==null||m&&i==s.key&&d==s.type)return r;if(o>(m?1:0)){for(a=r-1;a>=0;a--)if((s=n[a])&&!(2&s.__u)&&i==s.key&&d==s.type)return a;for(a=r+1;a<n.length;a++)if((s=n[a])&&!(2&s.__u)&&i==s.key&&d==s.type)return a}return-1}function bt(e,n,r){r==null&&(r=""),n[0]=="-"?e.setProperty(n,r):e[n]=r}function Ee(e,n,r,o,a){var i,d;if(n=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)r&&n in r||bt(e.style,n);if(r)for(n in r)o&&r[n]==o[n]||bt(e.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[n]=r,r&&o||(d=Ge[n]||(Ge[n]=Er(n)),(e.__a||(e.__a={}))[n]=Ye,i=n!=(n=n.replace(vt,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?e.addEventListener(n,d,i):e.removeEventListener(n,d,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{return void(e[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&r==1?"":r)}}function Er(e){return function(n){var r=this.__e;if(r){if(r=r[e],n[Re]==null)n[Re]=Ye++;else if(n[Re]<this.__a[e])return;return r(C.event?C.event(n):n)}}}function Xe(e,n,r,o,a,i,d,s,m,g){var c,h,k,p,A,D,b,T,w,M,v,Z,ke,ie,$,ve,te,ae,X=n.type;if(n.constructor!==Ae)return null;128&r.__u&&(m=32&r.__u,c=r.__c.__z)&&(n.__u|=m,h=i=[],c.nodeType==8?s=Oe(c,i):i.push(c),s=i[0]||s),(c=C.__b)&&c(n);e:if(typeof X=="function"){k=d.length;try{if(T=n.props,w=(c=X.prototype)&&c.render,M=(c=X.contextType)&&o[c.__c],v=c?M?M.props.value:c.__:o,(p=r.__c)?(n.__c=p,2&p.__g&&(p.__g|=1)):(w?n.__c=p=new X(T,v):(n.__c=p=new Le(T,v),p.constructor=X,p.render=qr),M&&M.sub(p),p.state||(p.state={}),p.__n=o,p.__g|=8,p.__h=[],p.__k=[]),w&&(p.__s||(p.__s=p.state),X.getDerivedStateFromProps&&(p.__s==p.state&&(p.__s=le({},p.__s)),le(p.__s,X.getDerivedStateFromProps(T,p.__s)))),A=p.props,D=p.state,p.__v=n,r.__c){if(T!==A&&w&&!X.getDerivedStateFromProps&&p.componentWillReceiveProps&&p.componentWillReceiveProps(T,v),n.__v==r.__v&&!(8&p.__g)||!(4&p.__g)&&p.shouldComponentUpdate&&p.shouldComponentUpdate(T,p.__s,v)===!1){n.__v!=r.__v&&(p.props=T,p.state=p.__s,p.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(z){z&&(z.__=n)}),Be.push.apply(p.__h,p.__k),p.__k=[],p.__h.length&&d.push(p),s=re(r);break e}p.componentWillUpdate&&p.componentWillUpdate(T,p.__s,v),w&&p.componentDidUpdate&&p.__h.push(function(){p.componentDidUpdate(A,D,b)})}else w&&!X.getDerivedStateFromProps&&p.componentWillMount&&p.componentWillMount(),w&&p.componentDidMount&&p.__h.push(p.componentDidMount);p.context=v,p.props=T,p.__P=e,p.__g&=-5,Z=C.__r,ke=w?25:0;do p.__g&=-9,Z&&Z(n),c=p.render(p.props,p.state=p.__s,p.context);while(8&p.__g&&++ke<25);w&&(Be.push.apply(p.__h,p.__k),p.__k=[]),p.state=p.__s,p.getChildContext&&(o=le({},o,p.getChildContext())),w&&r.__c&&p.getSnapshotBeforeUpdate&&(b=p.getSnapshotBeforeUpdate(A,D)),ie=c&&c.type===F&&c.key==null?c.props.children:c,T.__P&&(c=s,a=(e=T.__P).namespaceURI,m=i=null,r.props&&r.props.__P!=e&&(r.__k.some(function(z){z&&tt(z,z)}),r.__k=null),s=r.__k?re(r,0):null),s=wt(e,Ze(ie)?ie:[ie],n,r,o,a,i,d,s,m,g),T.__P&&(n.__e=null,s=c),n.__u&=-161,h&&h.some(se),p.__h.length&&d.push(p),1&p.__g&&(p.__g&=-4)}catch(z){if(d.length=k,n.__v=null,m||i)if(z&&z.then){if(n.__u|=128|m,i){for(~(te=i.indexOf(s||void 0))||(te=i.length);(ae=i[te-1])&&ae.nodeType==8;)te--;for(;te<i.length;te++)if(ae=i[te])if(i[te]=null,$){if(ae==ve)break}else{if(ae.nodeType!=8)break;ae.data.startsWith("$s")&&(ve=Oe($=ae))}}if(!$){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;$=s}(c=Oe($=n.__c.__z||(n.__c.__z=$)))?(n.__e=$,s=c):n.__e=s,s=s&&s.nextSibling}else i&&i.some(se);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),z&&z.then||Tt(n),C.__e(z,n,r)}}else s=n.__e=Rr(r.__e,n,r,o,a,i,d,m,g,e);return(c=C.diffed)&&c(n),s}function Oe(e,n){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}n&&n.push(e)}}function Tt(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Tt))}function $t(e,n,r){for(var o=0;o<r.length;)et(r[o++],r[o++],r[o++]);C.__c&&C.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){C.__e(i,a.__v)}})}function Rr(e,n,r,o,a,i,d,s,m,g){var c,h,k,p,A,D,b,T,w=r.props||Fe,M=n.props,v=n.type;if(v=="svg"?a="http://www.w3.org/2000/svg":v=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(c=0;c<i.length;c++)if((A=i[c])&&(v?A.localName==v:A.nodeType==3)){e=A,i[c]=null;break}}if(!e){if(T=g.ownerDocument||document,!v)return T.createTextNode(M);e=T.createElementNS(a,v,M.is?M:g),s&&(C.__m&&C.__m(n,i),s=!1),i=null}if(v){if(g=v=="template"&&e.content||e,i=v=="textarea"&&M.defaultValue!=null?null:i&&_t.call(g.childNodes),!s&&i)for(w={},c=0;c<e.attributes.length;c++)w[(A=e.attributes[c]).name]=A.value;for(c in w)A=w[c],c=="dangerouslySetInnerHTML"?k=A:c=="children"||c in M||c=="value"&&"defaultValue"in M||c=="checked"&&"defaultChecked"in M||Ee(e,c,null,A,a);for(c in M)A=M[c],c=="children"?p=A:c=="dangerouslySetInnerHTML"?h=A:c=="value"?D=A:c=="checked"?b=A:s&&typeof A!="function"||w[c]===A||Ee(e,c,A,w[c],a);h?(s||k&&(h.__html==k.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),n.__k=[]):(k&&(e.textContent=""),(v=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&$r.test(v))&&(a="http://www.w3.org/1999/xhtml"),wt(g,Ze(p)?p:[p],n,r,o,a,i,d,i?i[0]:r.__k&&re(r,0),s,m),i&&i.some(se)),s&&v!="textarea"||(c="value",v=="progress"&&D==null?e.removeAttribute(c):D==null||D===e[c]&&(v!="progress"||D)||Ee(e,c,D,w[c],a),c="checked",b!=null&&b!=e[c]&&Ee(e,c,b,w[c],a))}else w===M||s&&e.data==M||(e.data=M);return e}function et(e,n,r,o){try{typeof e=="function"?n?n.__x=e(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():e(null)):e.current=n}catch(a){C.__e(a,r)}}function tt(e,n,r){var o,a,i,d;if(C.unmount&&C.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||et(o,null,n,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){C.__e(s,n)}o.__P=o.__n=null}if(o=e.__k)for(d=0;d<o.length;d++)o[d]&&tt(o[d],n,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=Oe(o,i=[]))&&(o==e.__e&&i.some(se),se(a),se(o)),r||se(e.__e),e.__e=e.__c=e.__=null}function qr(e,n,r){return this.constructor(e,r)}function Ct(e,n){var r,o,a,i;C.__&&C.__(e,n),n.nodeType==9&&(n=n.documentElement),o=(r=e&&32&e.__u)?null:n.__k,n.__k=qe(F,{children:[e]}),a=[],i=[],Xe(n,n.__k,o||Fe,Fe,n.namespaceURI,o?null:n.firstChild?_t.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),$t(a,n.__k,i),n.__k.props.children=null}function St(e){function n(r){var o,a;return this.getChildContext||(o=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&o.forEach(function(d){d.__g|=4,Je(d)})},this.sub=function(i){o.add(i);var d=i.componentWillUnmount;i.componentWillUnmount=function(){o.delete(i),d&&d.call(i)}}),r.children}return n.__c="__cC"+At++,n.__=e,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}C={__e:function(e,n,r,o){for(var a,i,d;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((d=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),d=1),d&&8&a.__g)return void(a.__g|=2)}catch(s){e=s}}throw Me=0,e}},Dt=0,Tr=function(e){return e!=null&&e.constructor===Ae},Le.prototype.setState=function(e,n){var r=this.__s;r&&r!=this.state||(r=this.__s=le({},this.state)),typeof e=="function"&&(e=e(le({},r),this.props)),e&&(le(r,e),this.__v&&(n&&this.__k.push(n),Je(this)))},Le.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Je(this))},Le.prototype.render=F,ne=[],Me=0,kt=function(e,n){return e.__v.__b-n.__v.__b},Re=Symbol(),vt=/(PointerCapture)$|Capture$/i,Ye=0,Ge={},At=0;var de,U,nt,Nt,rt=Object.is,Pe=0,Ut=[],ot=[],j=C,Et=j.__b,Rt=j.__r,qt=j.diffed,Lt=j.__c,Ot=j.unmount,Mt=j.__;function Ie(e,n){j.__h&&j.__h(U,e,Pe||n),Pe=0;var r=U.__H||(U.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function f(e){return Pe=1,Lr(Ht,e)}function Lr(e,n,r){var o=Ie(de++,2);if(o.t=e,!o.__c&&(o.__=[r?r(n):Ht(void 0,n),function(i){var d=(o.__N||o.__)[0],s=o.t(d,i);rt(d,s)||(o.__N=[s,o.__[1]],o.__c.setState({}))}],o.__c=U,!U.__f)){U.__f=!0;var a=U.shouldComponentUpdate;U.shouldComponentUpdate=function(i,d,s){var m=this.__H;if(!m)return!0;var g=!1,c=this.props!=i;if(m.__.some(function(k){k.__N&&(g=!0,rt(k.__[0],k.__N[0])||(c=!0))}),a){var h=a.call(this,i,d,s);return g?h||c:h}return!g||c}}return o.__}function H(e,n){var r=Ie(de++,3);!j.__s&&Kt(r.__H,n)&&(r.__P=!0,r.__=e,r.u=n,U.__H.__h.push(r))}function pe(e){return Pe=5,jt(function(){return{current:e}},[])}function jt(e,n){var r=Ie(de++,7);return Kt(r.__H,n)&&(r.__=e(),r.__H=n),r.__}function Wt(e,n){return Pe=8,jt(function(){return e},n)}function Vt(e){var n=U.context[e.__c],r=Ie(de++,9);return r.c=e,n?(r.__==null&&(r.__=!0,n.sub(U)),n.props.value):e.__}function ue(){var e=Ie(de++,11);if(!e.__){for(var n=U.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Or(){var e;do{for(;e=ot.shift();)try{_e(e)}catch(r){j.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Ut.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(_e),n.__h.some(it),n.__h=[]}catch(r){n.__h=[],j.__e(r,e.__v)}}}while(ot.length)}j.__b=function(e){U=null,Et&&Et(e)},j.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Mt&&Mt(e,n)},j.__r=function(e){Rt&&Rt(e),de=0;var n=(U=e.__c).__H;n&&(nt==U?U.__h=[]:(n.__h.some(_e),n.__h.some(it),de=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),nt=U},j.diffed=function(e){qt&&qt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&Bt(Ut.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),nt=U=null},j.__c=function(e,n){n.some(function(r){try{r.__h.some(_e),r.__h=r.__h.filter(function(o){return!o.__||it(o)})}catch(o){r.__h=[function(){throw o}]}}),Lt&&Lt(e,n)},j.unmount=function(e){Ot&&Ot(e);var n,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,Bt(ot.push(a))}else _e(a)}catch(i){n=i}}),o.__H=void 0,n&&j.__e(n,o.__v))};var Ft=typeof requestAnimationFrame=="function";function Mr(e){var n,r=function(){clearTimeout(o),Ft&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(r,35);Ft&&(n=requestAnimationFrame(r))}function Bt(e){e!=1&&Nt==j.requestAnimationFrame||((Nt=j.requestAnimationFrame)||Mr)(Or)}function _e(e){var n=U,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),U=n}function it(e){var n=U;e.__c=e.__(),U=n}function Kt(e,n){return!e||e.length!=n.length||n.some(function(r,o){return!rt(r,e[o])})}function Ht(e,n){return typeof n=="function"?n(e):n}var zt="pppdesk.admin.lang",st=Fr(),at=new Set;function Fr(){try{return localStorage.getItem(zt)==="en"?"en":"ja"}catch{return"ja"}}function J(){return st}function Qt(e){st=e;try{localStorage.setItem(zt,e)}catch{}document.documentElement.lang=e,at.forEach(n=>n())}function Gt(e){return at.add(e),()=>at.delete(e)}function ge(e,n){return(r,o)=>{let a=(st==="en"?n[r]:e[r])??String(r);return o?a.replace(/\{(\w+)\}/g,(i,d)=>d in o?String(o[d]):i):a}}var y=ge({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var lt="pppdesk.admin.token";function we(){try{return sessionStorage.getItem(lt)}catch{return null}}function ce(e){try{e?sessionStorage.setItem(lt,e):sessionStorage.removeItem(lt)}catch{}dt.forEach(n=>n(e!==null))}var dt=new Set;function Jt(e){return dt.add(e),()=>dt.delete(e)}var Yt=new URL("../",location.href),Br=new URL("graphql",Yt),W=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:y("errBadInput"),CONFLICT:y("errConflict"),FORBIDDEN:y("errForbidden"),NOT_FOUND:y("errNotFound"),UNAUTHENTICATED:y("errUnauthenticated"),RATE_LIMITED:y("errRateLimited"),UNAVAILABLE:y("errUnavailable"),INTERNAL:y("errInternal"),NETWORK:y("errNetwork")}[this.code]];return this.field&&o.push(y("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(y("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Zt(e){return e instanceof W?e.clerkMessage():y("errInternal")}var Ur=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function jr(e){let n=e.extensions?.code??"INTERNAL";return new W(Ur.has(n)?n:"INTERNAL",e.message,e.extensions?.field)}async function Xt(e,n){let r=we();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Br,{...e,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new W("NETWORK","")}let a;try{a=await o.json()}catch{throw new W(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=jr(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&ce(null),i}if(!a.data)throw new W("INTERNAL",`HTTP ${o.status}`);return a.data}function S(e,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),Xt({method:"POST",body:JSON.stringify({query:e.toString(),variables:n})},o)}function en(e,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:e.toString(),variables:n}));let a={};return r.forEach((i,d)=>a[String(d)]=[i.path]),o.append("map",JSON.stringify(a)),r.forEach((i,d)=>o.append(String(d),i.file,i.file.name)),Xt({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Wr(e){return new URL(e.replace(/^\/+/,""),Yt)}async function tn(e,n){let r=we(),o;try{o=await fetch(Wr(e),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new W("NETWORK","")}if(o.status===401)throw ce(null),new W("UNAUTHENTICATED","");if(o.status===403)throw new W("FORBIDDEN","");if(o.status===404)throw new W("NOT_FOUND","");if(!o.ok)throw new W(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}var x=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},nn=new x(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),rn=new x(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `,{fragmentName:"ProposalPageFields"}),on=new x(`
    mutation Logout {
  logout
}
    `),an=new x(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),sn=new x(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),ln=new x(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),dn=new x(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),pn=new x(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),un=new x(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),cn=new x(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),mn=new x(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),gn=new x(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),fn=new x(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),yn=new x(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),hn=new x(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),bn=new x(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
    }
  }
}
    `),Dn=new x(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),kn=new x(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),vn=new x(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),An=new x(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),_n=new x(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),Pn=new x(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),In=new x(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),wn=new x(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),xn=new x(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Tn=new x(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),$n=new x(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),Cn=new x(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Sn=new x(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Nn=new x(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),En=new x(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),Rn=new x(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),qn=new x(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Ln=new x(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),On=new x(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var Kr={"\n  mutation Logout {\n    logout\n  }\n":on,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":an,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":sn,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":ln,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":dn,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":pn,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":un,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":cn,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":mn,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":gn,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":fn,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":yn,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":hn,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":bn,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":Dn,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":kn,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":vn,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":An,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":_n,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Pn,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":In,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":wn,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":xn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Tn,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":$n,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Cn,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Sn,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Nn,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":nn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":En,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Rn,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":rn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":qn,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ln,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":On};function P(e){return Kr[e]??{}}function N(e,n,r=!1){let o=JSON.stringify(n),[a,i]=f(void 0),[d,s]=f(void 0),[m,g]=f(!r),c=pe(0),h=Wt(async()=>{if(r)return;let k=++c.current;g(!0);try{let p=await S(e,JSON.parse(o));k===c.current&&(i(p),s(void 0))}catch(p){k===c.current&&s(p instanceof W?p:new W("INTERNAL",String(p)))}finally{k===c.current&&g(!1)}},[e,o,r]);return H(()=>{h()},[h]),{data:a,error:d,loading:m,reload:h}}function B(e){let[n,r]=f(!1),[o,a]=f(void 0);return{run:async(...d)=>{r(!0),a(void 0);try{return await e(...d)}catch(s){a(s instanceof W?s:new W("INTERNAL",String(s)));return}finally{r(!1)}},busy:n,error:o,clear:()=>a(void 0)}}function Mn(){let e=location.hash.replace(/^#/,"")||"/",n=e.indexOf("?");return n<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,n),query:new URLSearchParams(e.slice(n+1))}}function Fn(){let[e,n]=f(Mn);return H(()=>{let r=()=>n(Mn());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function E(e,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${e}${o?`?${o}`:""}`}function Q(e,n){location.hash=E(e,n)}function Hr(e,n){let r=e.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let d=r[i];if(d.startsWith(":"))a[d.slice(1)]=decodeURIComponent(o[i]);else if(d!==o[i])return null}return a}function Bn(e,n){for(let r of e){let o=Hr(r.path,n);if(o)return{route:r,params:o}}return null}var Un=P(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function me(e,n){return n?e.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var pt=St(null);function fe(){let e=Vt(pt);if(!e)throw new Error("useViewer outside a signed-in app");return e}var zr=Symbol.for("pv"),Qr=0;function t(e,n,r,o,a,i){n||(n={});var d,s,m=n;if("ref"in m&&typeof e!="function")for(s in m={},n)s=="ref"?d=n[s]:m[s]=n[s];var g={type:e,props:m,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:zr,__v:--Qr,__i:-1,__u:0};return(a||i)&&(g.__source=a,g.__self=i),C.vnode&&C.vnode(g),g}function jn(){let e=fe(),n=xe.filter(r=>r.nav&&r.path!=="/"&&me(e,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return t("section",{children:[t("h1",{children:y("home")}),t("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),t("ul",{class:"tiles",children:n.map(r=>t("li",{children:t("a",{class:"tile",href:E(r.path),children:r.nav.label()})},r.path))})]})}var u=ge({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Ue="Asia/Tokyo",Gr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Ue}),Jr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Yr=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Ue}),Wn=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Ue}),Zr=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Ue});function Vn(e){return e.replace(/(\D)1年/,"$1元年")}function je(e){if(!e)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return e;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return J()==="en"?e:`${Vn(Jr.format(r))}（${e}）`}function O(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return e;let r=Yr.format(n);return J()==="en"?`${Zr.format(n)} ${Wn.format(n)}`:`${Vn(Gr.format(n))}（${r}）${Wn.format(n)}`}function R({tone:e="neutral",icon:n,children:r,testid:o}){return t("span",{class:`badge badge-${e}`,"data-testid":o,children:[n&&t("span",{"aria-hidden":"true",children:[n," "]}),r]})}function I({error:e,onRetry:n,retryLabel:r}){return e?t("div",{class:"banner banner-error",role:"alert",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:Zt(e)}),n&&t("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function G({children:e}){return e?t("div",{class:"banner banner-notice",role:"status",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),t("span",{children:e})]}):null}function V({label:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function _({variant:e="secondary",busy:n,disabled:r,children:o,type:a,...i}){return t("button",{...i,type:a??"button",class:`btn btn-${e}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function ut({id:e,label:n,required:r}){return t("label",{for:e,children:[n,r&&t("span",{class:"required",children:[" （",y("required"),"）"]})]})}function We(e,n,r){return[n?`${e}-help`:"",r?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function Ve({id:e,help:n,error:r}){return t(F,{children:[n&&t("p",{class:"help",id:`${e}-help`,children:n}),r&&t("p",{class:"field-error",id:`${e}-err`,children:r})]})}function q(e){let n=ue();return t("div",{class:"field",children:[t(ut,{id:n,label:e.label,required:e.required}),t("input",{id:n,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ve,{id:n,help:e.help,error:e.error})]})}function Te(e){let n=ue();return t("div",{class:"field",children:[t(ut,{id:n,label:e.label,required:e.required}),t("textarea",{id:n,name:e.name,rows:e.rows??4,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ve,{id:n,help:e.help,error:e.error})]})}function L(e){let n=ue();return t("div",{class:"field",children:[t(ut,{id:n,label:e.label,required:e.required}),t("select",{id:n,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.value),children:e.options.map(r=>t("option",{value:r.value,children:r.label},r.value))}),t(Ve,{id:n,help:e.help,error:e.error})]})}function Ke(e){let n=ue();return t("div",{class:"field field-check",children:[t("input",{id:n,type:"checkbox",name:e.name,checked:e.checked,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.checked)}),t("label",{for:n,children:e.label}),t(Ve,{id:n,help:e.help,error:e.error})]})}function K({legend:e,children:n,class:r}){return t("fieldset",{class:`fieldset ${r??""}`,children:[t("legend",{children:e}),n]})}function ee(e){let[n,r]=f([]);H(()=>r([]),[e.resetKey]);let o=e.page?.edges??[],a=n.length*e.pageSize+1;return t("div",{class:"table-wrap",children:[t("table",{class:"table","data-testid":e.testid,children:[t("caption",{children:e.caption}),t("thead",{children:t("tr",{children:e.columns.map(i=>t("th",{scope:"col",class:i.class,children:i.header}))})}),t("tbody",{children:[o.length===0&&t("tr",{children:t("td",{colSpan:e.columns.length,children:y("empty")})}),o.map(i=>t("tr",{children:e.columns.map(d=>t("td",{class:d.class,children:d.cell(i.node)}))},e.rowKey(i.node)))]})]}),e.page&&t("nav",{class:"pager","aria-label":e.caption,children:[t("span",{role:"status",children:o.length>0?y("pageInfo",{from:a,to:a+o.length-1,n:e.page.totalCount}):y("totalCount",{n:e.page.totalCount})}),t(_,{disabled:n.length===0,onClick:()=>{let i=n.slice(0,-1);r(i),e.onAfter(n[n.length-1]??null)},children:["← ",y("prev")]}),t(_,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{r([...n,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[y("next")," →"]})]})]})}function Xr(e){return u(`status${e}`)}function ye(e){return u(`kind${e}`)}var eo={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function He({status:e}){return t(R,{tone:eo[e],testid:"proposal-status",children:Xr(e)})}var Kn=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Hn(e){return e<1024?u("bytes",{n:e}):e<1024*1024?u("kb",{n:(e/1024).toFixed(1)}):u("mb",{n:(e/1024/1024).toFixed(1)})}P(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var zn=P(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),to=P(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),ze=20,no=["status","kind","challenge","department","from","to","q","attention"];function ro(e){let n={};for(let r of no){let o=e.get(r);o&&(n[r]=o)}return n}function oo(e){let n={};return e.status&&(n.status=e.status),e.kind&&(n.kind=e.kind),e.challenge&&(n.challengeId=e.challenge),e.department&&(n.departmentId=e.department),(e.from||e.to)&&(n.submittedOn={from:e.from||null,to:e.to||null}),e.q&&(n.search=e.q),e.attention&&(n.needsAttention=!0),n}function io(e){let n=new Map;return e.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function Qn({query:e}){let n=ro(e),[r,o]=f(n),a=oo(n),i=JSON.stringify(a),[d,s]=f({key:i,after:null}),m=d.key===i?d.after:null,g=D=>s({key:i,after:D}),c=N(zn,{first:ze,after:m,filter:a}),h=N(to,{}),k=D=>b=>o({...r,[D]:b}),p=D=>{g(null),Q("/proposals",D)},A=so();return t("section",{children:[t("h1",{children:u("inboxTitle")}),!n.attention&&t(ao,{columns:A}),t("h2",{class:"visually-hidden",children:u("inboxCaption")}),t("nav",{"aria-label":u("statusTabs"),class:"tabs",children:t("ul",{children:[t("li",{children:t("a",{href:E("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:u("all")})}),Kn.map(D=>t("li",{children:t("a",{href:E("/proposals",{...n,status:D}),"aria-current":n.status===D?"page":void 0,"data-testid":`status-tab-${D}`,children:u(`status${D}`)})},D))]})}),t("form",{class:"filters",role:"search",onSubmit:D=>{D.preventDefault(),p(r)},children:[t(K,{legend:u("filters"),class:"filters-grid",children:[t(q,{label:u("search"),type:"search",value:r.q??"",onInput:k("q"),testid:"filter-search"}),t(L,{label:u("kind"),value:r.kind??"",onChange:k("kind"),options:[{value:"",label:u("any")},...["FREE","CHALLENGE"].map(D=>({value:D,label:ye(D)}))]}),t(L,{label:u("challenge"),value:r.challenge??"",onChange:k("challenge"),options:[{value:"",label:u("any")},...h.data?.challenges.edges.map(D=>({value:D.node.id,label:D.node.title}))??[]]}),t(L,{label:u("department"),value:r.department??"",onChange:k("department"),options:[{value:"",label:u("any")},...io(h.data?.municipality.departments??[])],testid:"filter-department"}),t(q,{label:u("submittedFrom"),type:"date",value:r.from??"",onInput:k("from")}),t(q,{label:u("submittedTo"),type:"date",value:r.to??"",onInput:k("to")}),t(Ke,{label:u("onlyAttention"),checked:!!r.attention,onChange:D=>o({...r,attention:D?"1":void 0}),testid:"filter-attention"})]}),t("div",{class:"actions",children:[t(_,{type:"submit",variant:"primary","data-testid":"filter-apply",children:u("apply")}),t(_,{onClick:()=>{o({}),p({})},children:u("reset")})]})]}),t(I,{error:c.error,onRetry:()=>{c.reload()},retryLabel:y("retry")}),c.loading&&!c.data&&t(V,{label:y("loading")}),c.data&&t(ee,{caption:u("inboxCaption"),columns:A,page:c.data.proposals,after:m,onAfter:g,resetKey:i,rowKey:D=>D.id,pageSize:ze,testid:"inbox-table"})]})}function ao({columns:e}){let[n,r]=f(null),o=N(zn,{first:ze,after:n,filter:{needsAttention:!0}});return t("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[t("h2",{id:"attention-title",children:u("attentionTitle")}),t("p",{class:"help",children:u("attentionHelp")}),t(I,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.data&&(o.data.proposals.totalCount===0?t("p",{class:"muted",children:u("attentionNone")}):t(ee,{caption:u("attentionCaption"),columns:e,page:o.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:a=>a.id,pageSize:ze,testid:"attention-table"}))]})}function so(){return[{header:u("colTitle"),cell:e=>t("a",{href:E(`/proposals/${encodeURIComponent(e.id)}`),"data-testid":"proposal-link",children:e.title})},{header:u("colProposer"),cell:e=>e.organization?.name??""},{header:u("colKind"),cell:e=>e.kind==="CHALLENGE"&&e.challenge?`${ye(e.kind)}：${e.challenge.title}`:ye(e.kind)},{header:u("colStatus"),cell:e=>t(He,{status:e.status})},{header:u("colSubmitted"),cell:e=>e.submittedAt?O(e.submittedAt):u("notSubmitted")},{header:u("colFlags"),cell:e=>t(F,{children:[e.overdue&&t(R,{tone:"danger",icon:"!",children:u("overdue")})," ",e.unreadMessageCount>0&&t(R,{tone:"warning",icon:"●",children:u("unread",{n:e.unreadMessageCount})})]})},{header:u("colAssigned"),cell:e=>t("ul",{class:"plain",children:e.assignments.map(n=>t("li",{children:[n.department.name,n.dueOn&&`（${je(n.dueOn)}）`,n.respondedAt&&t(R,{tone:"success",children:u("answered")})]},n.department.id))})}]}function Y(e){let n=pe(null),r=ue(),o=pe(null);return H(()=>{let a=n.current;a&&(e.open&&!a.open?(o.current=document.activeElement,a.showModal()):!e.open&&a.open&&(a.close(),o.current instanceof HTMLElement&&o.current.focus()))},[e.open]),t("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:a=>{a.preventDefault(),e.onCancel()},children:[t("h2",{id:r,children:e.title}),t("div",{class:"dialog-body",children:e.children}),t("div",{class:"actions",children:[t(_,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??y("ok")}),t(_,{onClick:e.onCancel,children:y("cancel")})]})]})}function ct(e){return new Set(e.viewerActions)}var lo=P(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),po=P(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),uo=P(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),co=P(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),mo=P(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),go=P(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Gn({p:e,actions:n,notice:r,onChange:o}){let a=["ASSIGN","RESPOND","DECIDE","LINK"].some(i=>n.has(i));return t("div",{class:"panel",children:[t("h2",{id:"actions-title",children:u("secActions")}),t(G,{children:r}),!a&&t("p",{class:"muted",children:u("noActions")}),n.has("ASSIGN")&&t(fo,{p:e,onChange:o}),n.has("RESPOND")&&t(yo,{p:e,onChange:o}),n.has("DECIDE")&&t(ho,{p:e,onChange:o}),n.has("LINK")&&t(bo,{p:e,onChange:o})]})}function fo({p:e,onChange:n}){let r=N(mo,{}),[o,a]=f(new Set),[i,d]=f(""),[s,m]=f(!1),g=B(async()=>{let p=await S(lo,{id:e.id,departmentIds:[...o],dueOn:i||null});a(new Set),n(p.assignProposal.proposal,u("assigned"))}),c=new Set(e.assignments.map(p=>p.department.id)),h=new Map,k=(r.data?.municipality.departments??[]).map(p=>{let A=p.parent?(h.get(p.parent.id)??0)+1:0;return h.set(p.id,A),{...p,depth:Math.min(A,3)}});return t("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[t("h3",{id:"assign-title",children:u("assignTitle")}),t("p",{class:"help",children:u("assignHelp")}),t("form",{onSubmit:p=>{if(p.preventDefault(),o.size===0){m(!0);return}m(!1),g.run()},children:[t(K,{legend:u("assignDepartments"),class:"tree",children:[t(I,{error:r.error}),t("ul",{class:"plain",children:k.map(p=>t("li",{class:`depth-${p.depth}`,children:t("label",{class:"check",children:[t("input",{type:"checkbox",checked:c.has(p.id)||o.has(p.id),disabled:c.has(p.id),onChange:A=>{let D=new Set(o);A.currentTarget.checked?D.add(p.id):D.delete(p.id),a(D)}})," ",p.name]})},p.id))}),s&&t("p",{class:"field-error",role:"alert",children:u("assignPick")})]}),t(q,{label:u("assignDue"),type:"date",value:i,onInput:d,testid:"assign-due"}),t(I,{error:g.error}),t(_,{type:"submit",variant:"primary",busy:g.busy,"data-testid":"assign-submit",children:u("assignSubmit")})]})]})}function yo({p:e,onChange:n}){let[r,o]=f(""),[a,i]=f(""),[d,s]=f(!1),m=B(async()=>{let g=await S(po,{id:e.id,opinion:r,feasible:a==="yes"});n(g.respondToAssignment.proposal,u("responded"))});return t("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[t("h3",{id:"respond-title",children:u("respondTitle")}),t("form",{onSubmit:g=>{g.preventDefault(),s(!0),!(!r.trim()||!a)&&m.run()},children:[t(K,{legend:u("respondFeasible"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"yes",checked:a==="yes",onChange:()=>i("yes"),"data-testid":"respond-feasible-yes"})," ",u("feasibleYes")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"no",checked:a==="no",onChange:()=>i("no"),"data-testid":"respond-feasible-no"})," ",u("feasibleNo")]}),d&&!a&&t("p",{class:"field-error",children:u("respondFeasible")})]}),t(Te,{label:u("respondOpinion"),required:!0,value:r,onInput:o,error:d&&!r.trim()?u("opinionRequired"):void 0,testid:"respond-opinion"}),t(I,{error:m.error}),t(_,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"respond-submit",children:u("respondSubmit")})]})]})}function ho({p:e,onChange:n}){let[r,o]=f(""),[a,i]=f(""),[d,s]=f(!1),[m,g]=f(!1),c=B(async()=>{if(!r)return;let k=await S(uo,{id:e.id,decision:r,reason:a});g(!1),n(k.decideProposal.proposal,u("decided"))}),h=r==="ACCEPTED"?u("decideAccept"):u("decideDecline");return t("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[t("h3",{id:"decide-title",children:u("decideTitle")}),t("form",{onSubmit:k=>{k.preventDefault(),s(!0),!(!r||!a.trim())&&g(!0)},children:[t(K,{legend:u("decision"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",u("decideAccept")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",u("decideDecline")]}),d&&!r&&t("p",{class:"field-error",children:u("decision")})]}),t(Te,{label:u("reason"),help:u("reasonHelp"),required:!0,value:a,onInput:i,error:d&&!a.trim()?u("reasonRequired"):void 0,testid:"decide-reason"}),t(I,{error:c.error}),t(_,{type:"submit",variant:"primary","data-testid":"decide-submit",children:u("decideSubmit")})]}),t(Y,{open:m,title:u("decideConfirmTitle"),confirmLabel:h,danger:r==="DECLINED",busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>g(!1),children:[t("p",{children:u("decideConfirm",{title:e.title,decision:h})}),t("p",{class:"prewrap",children:[u("reason"),"：",a]}),t(I,{error:c.error})]})]})}function bo({p:e,onChange:n}){let r=N(go,{}),[o,a]=f(""),[i,d]=f(""),[s,m]=f(""),[g,c]=f(""),[h,k]=f("PARTNERSHIP"),[p,A]=f("BUSINESS"),[D,b]=f(""),[T,w]=f(""),[M,v]=f(!1),Z=B(async()=>{let $=await S(co,{id:e.id,projectId:o==="existing"&&s?s:null,agreementId:i==="existing"&&g?g:null,newProject:o==="new"?{kind:h,title:D.trim()||null}:null,newAgreement:i==="new"?{kind:p,title:T.trim()||null}:null});a(""),d(""),n($.linkProposalOutcome.proposal,u("linked")),r.reload()}),ke=[{value:"",label:u("linkNone")},{value:"existing",label:u("linkExisting")},{value:"new",label:u("linkNew")}],ie={value:"",label:u("linkPick")};return t("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[t("h3",{id:"link-title",children:u("linkTitle")}),t("p",{class:"help",children:u("linkHelp")}),t(I,{error:r.error}),t("form",{onSubmit:$=>{$.preventDefault();let ve=o==="existing"&&s||o==="new"||i==="existing"&&g||i==="new";v(!ve),ve&&Z.run()},children:[t(K,{legend:u("linkProject"),children:[t(L,{label:u("linkProject"),value:o,onChange:$=>a($),options:ke,testid:"link-project-mode"}),o==="existing"&&t(L,{label:u("linkPick"),value:s,onChange:m,options:[ie,...r.data?.projects.edges.map($=>({value:$.node.id,label:$.node.title}))??[]],testid:"link-project"}),o==="new"&&t(F,{children:[t(L,{label:u("newKind"),value:h,onChange:$=>k($),options:["PARTNERSHIP","DEMONSTRATION"].map($=>({value:$,label:u(`proj${$}`)}))}),t(q,{label:u("newTitle"),value:D,onInput:b})]})]}),t(K,{legend:u("linkAgreement"),children:[t(L,{label:u("linkAgreement"),value:i,onChange:$=>d($),options:ke,testid:"link-agreement-mode"}),i==="existing"&&t(L,{label:u("linkPick"),value:g,onChange:c,options:[ie,...r.data?.agreements.edges.map($=>({value:$.node.id,label:$.node.title}))??[]],testid:"link-agreement"}),i==="new"&&t(F,{children:[t(L,{label:u("newKind"),value:p,onChange:$=>A($),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map($=>({value:$,label:u(`agr${$}`)}))}),t(q,{label:u("newTitle"),value:T,onInput:w})]})]}),M&&t("p",{class:"field-error",role:"alert",children:u("linkNothing")}),t(I,{error:Z.error}),t(_,{type:"submit",variant:"primary",busy:Z.busy,"data-testid":"link-submit",children:u("linkSubmit")})]})]})}var Do=P(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ko=P(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Jn({p:e,actions:n,onChange:r,onReload:o}){let a=n.has("MESSAGE"),i=n.has("INTERNAL_NOTE"),[d,s]=f(!a&&i),[m,g]=f(""),[c,h]=f(""),k=B(async()=>{let b=await S(Do,{proposalId:e.id,body:m,internal:d});g(""),h(d?u("postedNote"):u("posted")),r(b.postProposalMessage.proposal)}),[p,A]=f(null),D=B(async b=>{if(!p)return;let T=await en(ko,{proposalId:e.id,file:null},[{path:"variables.file",file:p}]);A(null),b.reset(),h(u("attached",{name:T.attachFile.fileName})),await o()});return t("section",{"aria-labelledby":"sec-dialogue",children:[t("h2",{id:"sec-dialogue",children:u("secDialogue")}),t("p",{class:"help",children:u("dialogueHelp")}),e.messages.length===0?t("p",{class:"muted",children:u("noMessages")}):t("ol",{class:"messages","data-testid":"messages",children:e.messages.map(b=>t("li",{class:b.internal?"msg msg-internal":"msg msg-shared","data-testid":b.internal?"internal-note":"shared-message",children:[t("div",{class:"msg-head",children:[b.internal?t(R,{tone:"internal",icon:"✎",children:[u("internalNote"),"（",u("internalNoteHint"),"）"]}):t(R,{tone:"info",icon:"✉",children:u("sharedMessage")}),t("span",{class:"msg-author",children:mt(b.author)}),t("time",{class:"muted",dateTime:b.createdAt,children:O(b.createdAt)})]}),t("p",{class:"prewrap",children:b.body})]},b.id))}),t(G,{children:c}),(a||i)&&t("form",{class:"post-form",onSubmit:b=>{b.preventDefault(),h(""),k.run()},children:[a&&i&&t(K,{legend:u("postKind"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>s(!1),"data-testid":"post-shared"}),t("span",{"aria-hidden":"true",children:"✉ "}),u("sharedMessage")]}),t("label",{class:"radio radio-internal",children:[t("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>s(!0),"data-testid":"post-internal"}),t("span",{"aria-hidden":"true",children:"✎ "}),u("internalNote"),"（",u("internalNoteHint"),"）"]})]}),t(Te,{label:d?`${u("postBody")}（${u("internalNote")}）`:`${u("postBody")}（${u("sharedMessage")}）`,required:!0,value:m,onInput:g,rows:4,testid:"post-body"}),t(I,{error:k.error}),t(_,{type:"submit",variant:"primary",busy:k.busy,disabled:!m.trim(),"data-testid":"post-submit",children:u("post")})]}),n.has("ATTACH")&&t("form",{class:"attach-form",onSubmit:b=>{b.preventDefault(),h(""),D.run(b.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:"attach-file",children:u("attachFile")}),t("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:b=>A(b.currentTarget.files?.[0]??null)})]}),t(I,{error:D.error}),t(_,{type:"submit",busy:D.busy,disabled:!p,children:u("attach")})]})]})}P(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var vo=P(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Ao=P(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Yn=["CITY","PARTNER"],Zn=["PEOPLE","GOODS","MONEY","INFORMATION"],_o=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function mt(e){if(!e)return"";let n=u(`actor${e.kind}`),r=[e.department?.name,e.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function Xn({params:e}){let n=e.id,r=N(vo,{id:n}),[o,a]=f(null),i=o??r.data?.proposal??null,[d,s]=f(""),m=(k,p)=>{a(k),s(p??"")},g=async()=>{a(null),await r.reload()},c=pe(!1),h=r.data?.proposal;return H(()=>{!h||c.current||h.unreadMessageCount===0||!h.viewerActions.includes("MARK_READ")||(c.current=!0,S(Ao,{id:h.id}).then(k=>a(k.markProposalRead.proposal)).catch(()=>{}))},[h]),t("article",{class:"proposal",children:[t("p",{children:t("a",{href:E("/proposals"),children:["← ",u("back")]})}),t(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")}),r.loading&&!i&&t(V,{label:y("loading")}),r.data&&!i&&t("p",{class:"banner banner-error",role:"alert",children:u("notFound")}),i&&t(F,{children:[t("header",{class:"proposal-head",children:[t("h1",{"data-testid":"proposal-title",children:i.title}),t("p",{class:"meta",children:[t(He,{status:i.status})," ",t(R,{children:ye(i.kind)}),i.overdue&&t(R,{tone:"danger",icon:"!",testid:"overdue",children:u("overdue")}),i.unreadMessageCount>0&&t(R,{tone:"warning",icon:"●",testid:"unread",children:u("unread",{n:i.unreadMessageCount})}),i.challenge&&t("span",{children:[" ",i.challenge.title]})]}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:u("organization")}),t("dd",{children:i.organization?.name??u("none")})]}),t("div",{children:[t("dt",{children:u("submittedAt")}),t("dd",{children:i.submittedAt?O(i.submittedAt):u("notSubmitted")})]}),i.decidedAt&&t("div",{children:[t("dt",{children:u("decidedAt")}),t("dd",{children:O(i.decidedAt)})]}),i.project&&t("div",{children:[t("dt",{children:u("currentProject")}),t("dd",{"data-testid":"linked-project",children:i.project.title})]}),i.agreement&&t("div",{children:[t("dt",{children:u("currentAgreement")}),t("dd",{"data-testid":"linked-agreement",children:i.agreement.title})]})]})]}),t("div",{class:"proposal-grid",children:[t("div",{class:"proposal-main",children:[t(Po,{p:i}),t(Io,{p:i}),t(wo,{p:i}),t(Jn,{p:i,actions:ct(i),onChange:m,onReload:g}),t(xo,{p:i})]}),t("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:t(Gn,{p:i,actions:ct(i),notice:d,onChange:m})})]})]})]})}function gt({text:e}){return e.trim()?t(F,{children:e.split(/\n{2,}/).map((n,r)=>t("p",{class:"prewrap",children:n},r))}):t("p",{class:"muted",children:u("none")})}function Po({p:e}){return t("section",{"aria-labelledby":"sec-content",children:[t("h2",{id:"sec-content",children:u("secContent")}),t("h3",{children:u("summary")}),t(gt,{text:e.summary}),t("h3",{children:u("body")}),t(gt,{text:e.body}),t("h3",{children:u("desiredScheme")}),t(gt,{text:e.desiredScheme}),t("h3",{children:u("resources")}),t("div",{class:"table-wrap",children:t("table",{class:"table matrix","data-testid":"resources-matrix",children:[t("caption",{class:"visually-hidden",children:u("resourcesCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:u("side")}),Zn.map(n=>t("th",{scope:"col",children:u(`res${n}`)},n))]})}),t("tbody",{children:Yn.map(n=>t("tr",{children:[t("th",{scope:"row",children:u(`side${n}`)}),Zn.map(r=>{let o=e.resources.filter(a=>a.side===n&&a.kind===r);return t("td",{children:o.length===0?t("span",{class:"muted",children:"—"}):t("ul",{class:"plain",children:o.map((a,i)=>t("li",{children:a.description},i))})},r)})]},n))})]})}),t("h3",{children:u("merits")}),t("div",{class:"merits",children:Yn.map(n=>{let r=e.merits.filter(o=>o.side===n);return t("div",{children:[t("h4",{children:u("meritFor",{side:u(`side${n}`)})}),r.length===0?t("p",{class:"muted",children:u("none")}):t("ul",{children:r.map((o,a)=>t("li",{children:o.description},a))})]},n)})}),e.contact&&t(F,{children:[t("h3",{children:u("contact")}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:u("affiliation")}),t("dd",{children:e.contact.affiliation})]}),t("div",{children:[t("dt",{children:u("contactName")}),t("dd",{children:e.contact.name})]}),t("div",{children:[t("dt",{children:u("email")}),t("dd",{children:e.contact.email})]}),t("div",{children:[t("dt",{children:u("phone")}),t("dd",{children:e.contact.phone})]})]})]})]})}function Io({p:e}){let[n,r]=f(null);return t("section",{"aria-labelledby":"sec-attachments",children:[t("h2",{id:"sec-attachments",children:u("secAttachments")}),t(I,{error:n}),e.attachments.length===0?t("p",{class:"muted",children:u("noAttachments")}):t("ul",{class:"files","data-testid":"attachments",children:e.attachments.map(o=>t("li",{children:[t(_,{variant:"link","aria-label":u("download",{name:o.fileName}),onClick:()=>{r(null),tn(o.downloadUrl,o.fileName).catch(r)},children:[t("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",t("span",{class:"muted",children:[Hn(o.size)," ・ ",O(o.createdAt),o.messageId&&` ${u("onMessage")}`]})]},o.id))})]})}function wo({p:e}){return t("section",{"aria-labelledby":"sec-assignments",children:[t("h2",{id:"sec-assignments",children:u("secAssignments")}),e.assignments.length===0?t("p",{class:"muted",children:u("noAssignments")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"assignments",children:[t("caption",{class:"visually-hidden",children:u("assignmentsCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:u("department")}),t("th",{scope:"col",children:u("dueOn")}),t("th",{scope:"col",children:u("feasible")}),t("th",{scope:"col",children:u("opinion")}),t("th",{scope:"col",children:u("respondedAt")})]})}),t("tbody",{children:e.assignments.map(n=>t("tr",{children:[t("th",{scope:"row",children:n.department.name}),t("td",{children:n.dueOn?je(n.dueOn):"—"}),t("td",{children:n.feasible==null?t(R,{children:u("notAnswered")}):n.feasible?t(R,{tone:"success",icon:"○",children:u("feasibleYes")}):t(R,{tone:"danger",icon:"×",children:u("feasibleNo")})}),t("td",{class:"prewrap",children:n.opinion??""}),t("td",{children:n.respondedAt?O(n.respondedAt):"—"})]},n.department.id))})]})})]})}function xo({p:e}){return t("section",{"aria-labelledby":"sec-history",children:[t("h2",{id:"sec-history",children:u("secHistory")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"history",children:[t("caption",{class:"visually-hidden",children:u("historyCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:u("colWhen")}),t("th",{scope:"col",children:u("colAction")}),t("th",{scope:"col",children:u("colChange")}),t("th",{scope:"col",children:u("colActor")}),t("th",{scope:"col",children:u("colReason")})]})}),t("tbody",{children:e.history.map((n,r)=>t("tr",{children:[t("td",{children:O(n.at)}),t("td",{children:_o.has(n.action)?u(`act${n.action}`):n.action}),t("td",{children:n.from||n.to?`${n.from?u(`status${n.from}`):""} → ${n.to?u(`status${n.to}`):""}`:""}),t("td",{children:mt(n.actor)}),t("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var er=[{path:"/proposals",component:Qn,nav:{label:()=>u("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Xn,permission:{resource:"proposal",action:"read"}}];var tr=[];var l=ge({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});function oe(){let e=fe();return(n,r)=>me(e,{resource:n,action:r})}function he(e){let[n,r]=f({key:e,after:null});return[n.key===e?n.after:null,o=>r({key:e,after:o})]}function be(e){let n=new Set(e.map(s=>s.id)),r=new Map,o=[];for(let s of e){let m=s.parent?.id;m&&n.has(m)&&m!==s.id?r.set(m,[...r.get(m)??[],s]):o.push(s)}let a=new Set,i=(s,m)=>{if(a.has(s.id))return null;a.add(s.id);let g=(r.get(s.id)??[]).map(c=>i(c,m+1)).filter(c=>c!==null);return{dept:s,depth:m,children:g}},d=o.map(s=>i(s,0)).filter(s=>s!==null);for(let s of e){let m=a.has(s.id)?null:i(s,0);m&&d.push(m)}return d}function De(e){return e.flatMap(n=>[n,...De(n.children)])}function $e(e,n){return`${"　".repeat(n)}${n>0?"└ ":""}${e}`}function nr(e,n){let r=new Set([n]),o=!0;for(;o;){o=!1;for(let a of e){let i=a.parent?.id;i&&r.has(i)&&!r.has(a.id)&&(r.add(a.id),o=!0)}}return r}var To=P(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),$o=P(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Co=P(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),So=P(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),No=P(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),rr=20,or=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function Ce(e){return l(`role${e}`)}function Eo(e){return or.includes(e)?e:null}function ir({query:e}){let n=Eo(e.get("role")),r=e.get("q")??"",o=`${n}|${r}`,[a,i]=he(o),d=o,[s,m]=f(r),[g,c]=f(""),[h,k]=f(!1),[p,A]=f(null),D=oe(),b=fe().me,T=N(To,{first:rr,after:a,filter:{role:n,search:r||null}}),w=B(async v=>{v.disable?await S(So,{id:v.id}):await S(No,{id:v.id}),A(null),c(l(v.disable?"disabledNotice":"enabledNotice",{name:v.name})),await T.reload()}),M=(v,Z)=>Q("/desk/accounts",{role:v||void 0,q:Z.trim()||void 0});return t("section",{children:[t("h1",{children:l("accountsTitle")}),t(G,{children:g}),D("account","createStaff")&&!h&&t("div",{class:"actions",children:t(_,{variant:"primary",onClick:()=>k(!0),"data-testid":"staff-new",children:l("newStaff")})}),h&&t(Ro,{onDone:v=>{k(!1),c(l("createdStaffNotice",{name:v})),T.reload()},onCancel:()=>k(!1)}),t("form",{class:"desk-filters",role:"search","aria-label":l("filters"),onSubmit:v=>{v.preventDefault(),M(n??"",s)},children:[t(L,{label:l("role"),value:n??"",testid:"account-role",onChange:v=>M(v,s),options:[{value:"",label:l("all")},...or.map(v=>({value:v,label:Ce(v)}))]}),t(q,{label:l("search"),type:"search",value:s,onInput:m,testid:"account-search"}),t("div",{class:"desk-filter-buttons",children:[t(_,{type:"submit",children:l("apply")}),(n||r)&&t(_,{variant:"link",onClick:()=>{m(""),M("","")},children:l("clearFilters")})]})]}),t(I,{error:T.error,onRetry:()=>{T.reload()},retryLabel:y("retry")}),t(ee,{caption:l("accountsCaption"),testid:"accounts",page:T.data?.users,after:a,onAfter:i,resetKey:d,pageSize:rr,rowKey:v=>v.id,columns:[{header:l("displayName"),cell:v=>v.displayName},{header:l("email"),cell:v=>v.email??"—"},{header:l("role"),cell:v=>Ce(v.role),class:"desk-nowrap"},{header:l("belongsTo"),cell:v=>v.department?.name??v.organization?.name??"—"},{header:l("status"),cell:v=>v.disabled?t(R,{tone:"danger",icon:"×",children:l("accountDisabled")}):t(R,{tone:"success",icon:"✓",children:l("accountActive")})},{header:l("createdAt"),cell:v=>O(v.createdAt),class:"desk-nowrap"},{header:l("actions"),cell:v=>D("account","disable")&&v.id!==b.id?t(_,{variant:v.disabled?"secondary":"danger","aria-label":`${l(v.disabled?"enable":"disable")}: ${v.displayName}`,"data-testid":`account-toggle-${v.id}`,onClick:()=>A({id:v.id,name:v.displayName,disable:!v.disabled}),children:l(v.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),t(Y,{open:p!==null,title:p?l(p.disable?"disableConfirm":"enableConfirm",{name:p.name}):"",confirmLabel:p?l(p.disable?"disable":"enable"):void 0,danger:p?.disable,busy:w.busy,onConfirm:()=>p&&void w.run(p),onCancel:()=>{w.clear(),A(null)},children:[t("p",{children:p?l(p.disable?"disableBody":"enableBody"):""}),w.error?.code==="CONFLICT"?t("p",{class:"field-error",role:"alert",children:[l("cannotToggle")," ",y("serverSays",{msg:w.error.serverMessage})]}):t(I,{error:w.error})]})]})}function Ro({onDone:e,onCancel:n}){let r=N($o,{}),[o,a]=f(""),[i,d]=f(""),[s,m]=f("DEPARTMENT"),[g,c]=f(""),[h,k]=f(""),p=B(async()=>{let b=await S(Co,{input:{email:o,displayName:i,role:s,departmentId:g||null,password:h}});e(b.createStaffAccount.displayName)}),A=b=>p.error?.field===`input.${b}`?p.error.clerkMessage():void 0,D=De(be(r.data?.municipality.departments??[]));return t("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:b=>{b.preventDefault(),p.run()},children:[t("h2",{id:"staff-form-title",children:l("newStaffTitle")}),t(I,{error:r.error}),t(L,{label:l("staffRole"),required:!0,value:s,testid:"staff-role",onChange:b=>m(b),options:["DEPARTMENT","DESK"].map(b=>({value:b,label:Ce(b)}))}),t(L,{label:l("department"),required:s==="DEPARTMENT",help:l("departmentHelp"),error:A("departmentId"),value:g,testid:"staff-department",onChange:c,options:[{value:"",label:l("departmentNone")},...D.map(b=>({value:b.dept.id,label:$e(b.dept.name,b.depth)}))]}),t(q,{label:l("displayName"),required:!0,value:i,onInput:d,error:A("displayName"),testid:"staff-name",autocomplete:"off"}),t(q,{label:l("email"),type:"email",required:!0,value:o,onInput:a,error:A("email"),testid:"staff-email",autocomplete:"off"}),t(q,{label:l("initialPassword"),type:"password",required:!0,value:h,onInput:k,help:l("initialPasswordHelp"),error:A("password"),testid:"staff-password",autocomplete:"new-password"}),t(I,{error:p.error}),t("div",{class:"actions",children:[t(_,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"staff-create",children:l("create")}),t(_,{onClick:n,children:y("cancel")})]})]})}var qo=P(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Lo=P(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),ar=50,pr=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],ur=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function sr(e,n){let r=e.find(o=>o.value.toLowerCase()===n.toLowerCase());return r?J()==="en"?r.en:r.ja:void 0}function lr(e){return`${e}T00:00:00+09:00`}function Oo(e){let[n,r,o]=e.split("-").map(Number);return new Date(Date.UTC(n,r-1,o+1)).toISOString().slice(0,10)}var dr=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Mo(e){let n={},r=e.get("from"),o=e.get("to");return dr(r)&&(n.from=lr(r)),dr(o)&&(n.to=lr(Oo(o))),e.get("actor")&&(n.actorId=e.get("actor")),e.get("action")&&(n.action=e.get("action")),e.get("type")&&(n.targetType=e.get("type")),e.get("target")&&(n.targetId=e.get("target")),Object.keys(n).length>0?n:null}function Fo(e){let n=encodeURIComponent(e.targetId);switch(e.targetType.toLowerCase()){case"inquiry":return E(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return E(`/proposals/${n}`);case"department":return E("/desk/departments",{id:e.targetId});case"webhook":return E(`/desk/webhooks/${n}`);default:return null}}function Bo(e){if(!e||e==="{}"||e==="null")return"—";try{let n=JSON.parse(e);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return e}function cr({query:e}){let n=Mo(e),r=JSON.stringify(n),[o,a]=he(r),i=N(qo,{first:ar,after:o,filter:n}),d=(s,m)=>{let g=Object.fromEntries(e.entries());g[s]=m,Q("/desk/audit",g)};return t("section",{children:[t("h1",{children:l("auditTitle")}),t("p",{children:l("auditIntro")}),t(Uo,{query:e},e.toString()),e.get("target")&&t("p",{children:[l("onlyTarget",{id:e.get("target")})," ",t(_,{variant:"link",onClick:()=>d("target",void 0),children:l("showAllTargets")})]}),t(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:y("retry")}),t(ee,{caption:l("auditCaption"),testid:"audit",page:i.data?.auditLog,after:o,onAfter:a,resetKey:r,pageSize:ar,rowKey:s=>`${s.at}|${s.action}|${s.targetType}|${s.targetId}|${s.actor?.id??""}`,columns:[{header:l("at"),cell:s=>O(s.at),class:"desk-nowrap"},{header:l("actor"),cell:s=>s.actor?.displayName??l("system")},{header:l("action"),cell:s=>t(F,{children:[sr(pr,s.action)??""," ",t("code",{children:s.action})]})},{header:l("target"),cell:s=>{let m=Fo(s),g=`${sr(ur,s.targetType)??s.targetType} ${s.targetId}`;return t(F,{children:[m?t("a",{href:m,children:g}):g,e.get("target")!==s.targetId&&t(F,{children:[" ",t("a",{href:E("/desk/audit",{...Object.fromEntries(e.entries()),target:s.targetId,type:void 0}),class:"desk-small",children:l("thisTargetOnly")})]})]})},class:"desk-break"},{header:l("changes"),cell:s=>Bo(s.changes),class:"desk-break"}]})]})}function Uo({query:e}){let n=N(Lo,{}),[r,o]=f(e.get("from")??""),[a,i]=f(e.get("to")??""),[d,s]=f(e.get("actor")??""),[m,g]=f(e.get("action")??""),[c,h]=f(e.get("type")??""),k=e.get("target")??void 0,p=["from","to","actor","action","type","target"].some(D=>e.get(D)),A=J()==="en";return t("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":l("filters"),onSubmit:D=>{D.preventDefault(),Q("/desk/audit",{from:r,to:a,actor:d,action:m,type:c,target:k})},children:[t(K,{legend:l("period"),class:"desk-period",children:[t(q,{label:l("fromDate"),type:"date",value:r,onInput:o,testid:"audit-from"}),t(q,{label:l("toDate"),type:"date",value:a,onInput:i,testid:"audit-to"})]}),t("div",{class:"desk-filters",children:[t(L,{label:l("actor"),value:d,onChange:s,testid:"audit-actor",options:[{value:"",label:l("all")},...(n.data?.users.edges??[]).map(D=>({value:D.node.id,label:`${D.node.displayName}（${Ce(D.node.role)}）`}))]}),t(L,{label:l("action"),value:m,onChange:g,testid:"audit-action",options:[{value:"",label:l("all")},...pr.map(D=>({value:D.value,label:A?D.en:D.ja}))]}),t(L,{label:l("targetType"),value:c,onChange:h,testid:"audit-type",options:[{value:"",label:l("all")},...ur.map(D=>({value:D.value,label:A?D.en:D.ja}))]})]}),t("div",{class:"desk-filter-buttons",children:[t(_,{type:"submit",variant:"primary","data-testid":"audit-apply",children:l("apply")}),p&&t(_,{variant:"link",onClick:()=>Q("/desk/audit"),children:l("clearFilters")})]})]})}var jo=P(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Wo=P(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),mr=P(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Vo=P(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Ko=["BUREAU","DIVISION","SECTION"],gr=()=>Ko.map(e=>({value:e,label:l(`kind${e}`)}));function Se(e,n){return e?.field===`input.${n}`?e.clerkMessage():void 0}function fr({query:e}){let n=N(jo,{}),r=oe(),[o,a]=f(""),i=e.get("id")??"",d=n.data?.municipality.departments??[],s=be(d),m=d.find(h=>h.id===i),g=r("department","write"),c=async(h,k)=>{a(h),await n.reload(),k!==void 0&&Q("/desk/departments",{id:k??void 0})};return t("section",{children:[t("h1",{children:l("departmentsTitle")}),t(G,{children:o}),t(I,{error:n.error,onRetry:()=>{n.reload()},retryLabel:y("retry")}),!n.data&&!n.error&&t(V,{label:y("loading")}),n.data&&t("div",{class:"desk-columns",children:[t("div",{class:"desk-tree","data-testid":"department-tree",children:[t("h2",{id:"dept-tree-title",children:l("departmentTree")}),s.length===0?t("p",{children:l("noDepartments")}):t(yr,{rows:s,selected:i})]}),g&&t("div",{class:"desk-side",children:[m?t(Ho,{dept:m,all:d,onDone:c},`${m.id}@${m.version}`):t("p",{class:"help",children:l("selectToEdit")}),t(zo,{all:d,defaultParent:m?.id??"",onDone:c},`add-${m?.id??""}`)]})]})]})}function yr({rows:e,selected:n}){return t("ul",{children:e.map(r=>t("li",{children:[t("a",{href:E("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",t("span",{class:"desk-kind",children:["（",l(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&t(yr,{rows:r.children,selected:n})]},r.dept.id))})}function Ho({dept:e,all:n,onDone:r}){let[o,a]=f(e.name),[i,d]=f(e.kind),[s,m]=f(e.parent?.id??""),[g,c]=f(!1),h=B(async()=>{let b=await S(mr,{id:e.id,input:{name:o,kind:i},version:e.version});await r(l("savedDeptNotice",{name:b.updateDepartment.name}))}),k=B(async()=>{await S(mr,{id:e.id,input:{parentId:s},version:e.version}),await r(l("movedDeptNotice",{name:e.name}))}),p=B(async()=>{await S(Vo,{id:e.id}),c(!1),await r(l("deletedDeptNotice",{name:e.name}),null)}),A=nr(n,e.id),D=De(be(n)).filter(b=>!A.has(b.dept.id));return t("div",{class:"desk-panel","data-testid":"department-edit",children:[t("h2",{children:l("editDepartment",{name:e.name})}),t("form",{"aria-label":l("rename"),onSubmit:b=>{b.preventDefault(),h.run()},children:[t(q,{label:l("deptName"),required:!0,value:o,onInput:a,error:Se(h.error,"name"),testid:"dept-edit-name"}),t(L,{label:l("kind"),value:i,onChange:b=>d(b),options:gr(),testid:"dept-edit-kind"}),t(I,{error:h.error}),t("div",{class:"actions",children:t(_,{type:"submit",variant:"primary",busy:h.busy,"data-testid":"dept-rename",children:l("rename")})})]}),t("form",{"aria-label":l("move"),onSubmit:b=>{b.preventDefault(),k.run()},children:[t(L,{label:l("moveTo"),help:l("moveHelp"),value:s,onChange:m,error:Se(k.error,"parentId"),testid:"dept-move-parent",options:[...e.parent?[]:[{value:"",label:l("parentTop")}],...D.map(b=>({value:b.dept.id,label:$e(b.dept.name,b.depth)}))]}),t(I,{error:k.error}),t("div",{class:"actions",children:t(_,{type:"submit",busy:k.busy,disabled:!s||s===(e.parent?.id??""),"data-testid":"dept-move",children:l("move")})})]}),t("div",{class:"actions",children:t(_,{variant:"danger",onClick:()=>c(!0),"data-testid":"dept-delete",children:l("deleteDept")})}),t(Y,{open:g,title:l("deleteDeptConfirm",{name:e.name}),confirmLabel:l("deleteDept"),danger:!0,busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>{p.clear(),c(!1)},children:[t("p",{children:l("deleteDeptBody")}),p.error?.code==="CONFLICT"&&t("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[l("deptInUse"),t("br",{}),y("serverSays",{msg:p.error.serverMessage})]}),p.error&&p.error.code!=="CONFLICT"&&t(I,{error:p.error})]})]})}function zo({all:e,defaultParent:n,onDone:r}){let[o,a]=f(""),[i,d]=f("SECTION"),[s,m]=f(n),[g,c]=f(""),h=B(async()=>{let p=g.trim()===""?null:Number(g),A=await S(Wo,{input:{name:o,kind:i,parentId:s||null,position:p}});a(""),c(""),await r(l("addedDeptNotice",{name:A.createDepartment.name}),A.createDepartment.id)}),k=De(be(e));return t("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:p=>{p.preventDefault(),h.run()},children:[t("h2",{id:"dept-add-title",children:l("newDepartment")}),t(q,{label:l("deptName"),required:!0,value:o,onInput:a,error:Se(h.error,"name"),testid:"dept-add-name"}),t(L,{label:l("kind"),value:i,onChange:p=>d(p),options:gr(),testid:"dept-add-kind"}),t(L,{label:l("parent"),value:s,onChange:m,error:Se(h.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:l("parentTop")},...k.map(p=>({value:p.dept.id,label:$e(p.dept.name,p.depth)}))]}),t(q,{label:l("position"),type:"number",value:g,onInput:c,help:l("positionHelp"),error:Se(h.error,"position"),testid:"dept-add-position"}),t(I,{error:h.error}),t("div",{class:"actions",children:t(_,{type:"submit",variant:"primary",busy:h.busy,"data-testid":"dept-add",children:l("add")})})]})}var Qo=P(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),hr=20;function ft({status:e}){return e==="OPEN"?t(R,{tone:"warning",icon:"●",children:l("inquiryOpen")}):t(R,{tone:"success",icon:"✓",children:l("inquiryClosed")})}function Go(e){let n=e.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function br({query:e}){let n=Go(e),r=String(n),[o,a]=he(r),i=N(Qo,{first:hr,after:o,status:n});return t("section",{children:[t("h1",{children:l("inquiriesTitle")}),t("form",{class:"desk-filters",role:"search","aria-label":l("filters"),onSubmit:d=>d.preventDefault(),children:t(L,{label:l("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>Q("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:l("inquiryOpen")},{value:"CLOSED",label:l("inquiryClosed")},{value:"ALL",label:l("all")}]})}),t(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:y("retry")}),t(ee,{caption:l("inquiriesCaption"),testid:"inquiries",page:i.data?.inquiries,after:o,onAfter:a,resetKey:r,pageSize:hr,rowKey:d=>d.id,columns:[{header:l("receivedAt"),cell:d=>O(d.createdAt),class:"desk-nowrap"},{header:l("subject"),cell:d=>t("a",{href:E(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:e.get("status")??void 0}),children:d.subject})},{header:l("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:l("inquiryStatus"),cell:d=>t(ft,{status:d.status})}]})]})}var Jo=P(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`),Yo=P(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Dr({params:e,query:n}){let r=N(Jo,{id:e.id}),o=oe(),[a,i]=f(!1),[d,s]=f(""),m=B(async()=>{await S(Yo,{id:e.id}),i(!1),s(l("inquiryClosedNotice")),await r.reload()}),g=t("p",{children:t("a",{href:E("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",l("backToInquiries")]})});if(r.error)return t("section",{children:[t("h1",{children:l("inquiryTitle")}),t(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")}),g]});let c=r.data?.node;return r.data?!c||!("subject"in c)?t("section",{children:[t("h1",{children:l("inquiryTitle")}),t(I,{error:new W("NOT_FOUND","")}),g]}):t("section",{children:[g,t("h1",{children:[l("inquiryTitle"),": ",c.subject]}),t(G,{children:d}),t("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[t("dt",{children:l("inquiryStatus")}),t("dd",{children:t(ft,{status:c.status})}),t("dt",{children:l("receivedAt")}),t("dd",{children:O(c.createdAt)}),t("dt",{children:l("name")}),t("dd",{children:c.name}),t("dt",{children:l("affiliation")}),t("dd",{children:c.affiliation||l("noAffiliation")}),t("dt",{children:l("email")}),t("dd",{children:t("a",{href:`mailto:${c.email}?subject=${encodeURIComponent(`Re: ${c.subject}`)}`,"aria-label":`${l("replyByMail")}: ${c.email}`,children:c.email})}),t("dt",{children:l("phone")}),t("dd",{children:c.phone||"—"}),t("dt",{children:l("subject")}),t("dd",{children:c.subject})]}),t("h2",{children:l("body")}),t("div",{class:"desk-body","data-testid":"inquiry-body",children:c.body}),c.status==="OPEN"&&o("inquiry","close")&&t("div",{class:"actions",children:t(_,{variant:"primary",onClick:()=>i(!0),"data-testid":"inquiry-close",children:l("closeInquiry")})}),t(Y,{open:a,title:l("closeInquiryConfirm"),confirmLabel:l("closeInquiry"),busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),i(!1)},children:[t("p",{children:l("closeInquiryBody",{subject:c.subject})}),t(I,{error:m.error})]})]}):t(V,{label:y("loading")})}var Zo=P(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),Xo=P(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),ei=P(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),kr=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function Ne(e){return l(`event${e}`)}function yt({active:e}){return e?t(R,{tone:"success",icon:"✓",children:l("active")}):t(R,{tone:"neutral",icon:"■",children:l("inactive")})}function ti(){let e=new Uint8Array(32);return crypto.getRandomValues(e),Array.from(e,n=>n.toString(16).padStart(2,"0")).join("")}function vr(){let e=N(Zo,{}),n=oe(),[r,o]=f(""),[a,i]=f(null),[d,s]=f(null),m=B(async c=>{await S(ei,{id:c.id}),s(null),i(null),o(l("deletedWebhookNotice",{url:c.url})),await e.reload()}),g=n("webhook","manage");return t("section",{children:[t("h1",{children:l("webhooksTitle")}),t("p",{children:l("webhooksIntro")}),t(G,{children:r}),a&&t("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[t("p",{children:l("secretOnce")}),t("p",{children:[t("span",{class:"desk-label",children:[l("secret"),": "]}),t("code",{children:a.secret})]}),t(_,{onClick:()=>i(null),children:y("close")})]}),t(I,{error:e.error,onRetry:()=>{e.reload()},retryLabel:y("retry")}),!e.data&&!e.error&&t(V,{label:y("loading")}),e.data&&t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"webhooks",children:[t("caption",{children:l("webhooksCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:l("url")}),t("th",{scope:"col",children:l("events")}),t("th",{scope:"col",children:l("status")}),t("th",{scope:"col",children:l("createdAt")}),t("th",{scope:"col",children:l("actions")})]})}),t("tbody",{children:[e.data.webhooks.length===0&&t("tr",{children:t("td",{colSpan:5,children:y("empty")})}),e.data.webhooks.map(c=>t("tr",{children:[t("td",{class:"desk-break",children:c.url}),t("td",{children:c.events.map(Ne).join("、")}),t("td",{children:t(yt,{active:c.active})}),t("td",{class:"desk-nowrap",children:O(c.createdAt)}),t("td",{children:t("div",{class:"desk-row-actions",children:[t("a",{class:"btn btn-small",href:E(`/desk/webhooks/${encodeURIComponent(c.id)}`),"aria-label":`${l("deliveryLog")}: ${c.url}`,children:l("deliveryLog")}),g&&t(_,{variant:"danger","aria-label":`${l("deleteWebhook")}: ${c.url}`,"data-testid":`webhook-delete-${c.id}`,onClick:()=>s({id:c.id,url:c.url}),children:l("deleteWebhook")})]})})]},c.id))]})]})}),g&&t(ni,{onDone:(c,h)=>{i({url:c,secret:h}),o(l("registeredNotice",{url:c})),e.reload()}}),t(Y,{open:d!==null,title:d?l("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:l("deleteWebhook"),danger:!0,busy:m.busy,onConfirm:()=>d&&void m.run(d),onCancel:()=>{m.clear(),s(null)},children:[t("p",{children:l("deleteWebhookBody")}),t(I,{error:m.error})]})]})}function ni({onDone:e}){let[n,r]=f(""),[o,a]=f(["CONTENT_PUBLISHED"]),[i,d]=f(!1),s=B(async()=>{let g=ti(),c=await S(Xo,{input:{url:n.trim(),events:o,secret:g}});r(""),e(c.registerWebhook.url,g)}),m=g=>s.error?.field===`input.${g}`?s.error.clerkMessage():void 0;return t("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:g=>{if(g.preventDefault(),o.length===0){d(!0);return}d(!1),s.run()},children:[t("h2",{id:"webhook-form-title",children:l("newWebhook")}),t(q,{label:l("url"),type:"url",required:!0,value:n,onInput:r,help:l("urlHelp"),error:m("url"),testid:"webhook-url",autocomplete:"off"}),t(K,{legend:l("events"),children:[kr.map(g=>t(Ke,{label:Ne(g),checked:o.includes(g),testid:`webhook-event-${g}`,onChange:c=>a(c?kr.filter(h=>h===g||o.includes(h)):o.filter(h=>h!==g))},g)),(i||m("events"))&&t("p",{class:"field-error",role:"alert",children:m("events")??l("chooseEvent")})]}),t(I,{error:s.error}),t("div",{class:"actions",children:t(_,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"webhook-register",children:l("register")})})]})}var ri=P(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),Ar=20,_r=100;function oi({status:e}){let n={PENDING:["warning","…",l("deliveryPENDING")],DELIVERED:["success","✓",l("deliveryDELIVERED")],FAILED:["danger","×",l("deliveryFAILED")]},[r,o,a]=n[e]??["neutral","?",e];return t(R,{tone:r,icon:o,children:a})}function Pr({params:e}){let[n,r]=f(Ar),o=N(ri,{first:n}),a=t("p",{children:t("a",{href:E("/desk/webhooks"),children:["← ",l("backToWebhooks")]})});if(o.error)return t("section",{children:[a,t("h1",{children:l("webhookTitle")}),t(I,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")})]});if(!o.data)return t(V,{label:y("loading")});let i=o.data.webhooks.find(s=>s.id===e.id);if(!i)return t("section",{children:[a,t("h1",{children:l("webhookTitle")}),t("p",{role:"alert",children:l("webhookMissing")})]});let d=i.deliveries;return t("section",{children:[a,t("h1",{children:[l("webhookTitle"),": ",t("span",{class:"desk-break",children:i.url})]}),t("dl",{class:"desk-dl",children:[t("dt",{children:l("events")}),t("dd",{children:i.events.map(Ne).join("、")}),t("dt",{children:l("status")}),t("dd",{children:t(yt,{active:i.active})}),t("dt",{children:l("createdAt")}),t("dd",{children:O(i.createdAt)})]}),t("h2",{children:l("deliveries")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"deliveries",children:[t("caption",{children:l("deliveriesCaption",{n})}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:l("queuedAt")}),t("th",{scope:"col",children:l("event")}),t("th",{scope:"col",children:l("status")}),t("th",{scope:"col",children:l("attempts")}),t("th",{scope:"col",children:l("lastStatusCode")}),t("th",{scope:"col",children:l("lastError")}),t("th",{scope:"col",children:l("nextAttemptAt")}),t("th",{scope:"col",children:l("deliveredAt")})]})}),t("tbody",{children:[d.length===0&&t("tr",{children:t("td",{colSpan:8,children:y("empty")})}),d.map(s=>t("tr",{children:[t("td",{class:"desk-nowrap",children:O(s.createdAt)}),t("td",{children:Ne(s.event)}),t("td",{children:t(oi,{status:s.status})}),t("td",{children:s.attempts}),t("td",{children:s.lastStatusCode===0?l("noResponse"):s.lastStatusCode}),t("td",{class:"desk-break",children:s.lastError||"—"}),t("td",{class:"desk-nowrap",children:s.status==="PENDING"?O(s.nextAttemptAt):"—"}),t("td",{class:"desk-nowrap",children:s.deliveredAt?O(s.deliveredAt):"—"})]},s.id))]})]})}),d.length>=n&&n<_r&&t("div",{class:"actions",children:t(_,{onClick:()=>r(Math.min(n+Ar,_r)),busy:o.loading,"data-testid":"deliveries-more",children:l("showMore")})})]})}var Ir=[{path:"/desk/inquiries/:id",component:Dr,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:br,nav:{label:()=>l("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:ir,nav:{label:()=>l("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:fr,nav:{label:()=>l("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Pr,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:vr,nav:{label:()=>l("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:cr,nav:{label:()=>l("navAudit"),order:340},permission:{resource:"audit",action:"read"}}];var xe=[{path:"/",component:jn,nav:{label:()=>y("home"),order:0}},...er,...tr,...Ir];function wr(e){let n=e.viewer.me;return t(F,{children:[t("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:y("skipToMain")}),t("header",{class:"header",children:[t("div",{class:"brand",children:[t("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",y("appName")]}),t("div",{class:"header-tools",children:[t("span",{class:"who","data-testid":"who",children:y("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),t(ht,{}),t(_,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:y("signOut")})]})]}),t("div",{class:"frame",children:[t("nav",{class:"nav","aria-label":y("mainNav"),children:t("ul",{children:e.nav.map(r=>{let o=e.current===r.path||r.path!=="/"&&e.current.startsWith(`${r.path}/`);return t("li",{children:t("a",{href:E(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),t("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function ht(){let e=J()==="ja"?"en":"ja";return t("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${y("language")}: ${y("switchLang")}`,onClick:()=>Qt(e),"data-testid":"lang-toggle",children:y("switchLang")})}var ii=P(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function xr({notice:e}){let[n,r]=f(""),[o,a]=f(""),[i,d]=f(""),s=B(async()=>{let m=await S(ii,{email:n,password:o},{municipality:i.trim()||void 0});ce(m.login.token)});return t("div",{class:"login",children:[t("div",{class:"login-lang",children:t(ht,{})}),t("main",{id:"main",class:"login-box",children:[t("h1",{children:y("appName")}),t("h2",{children:y("signInTitle")}),e&&t("p",{class:"banner banner-notice",role:"status",children:e}),s.error?.code==="UNAUTHENTICATED"?t("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:y("loginFailed")}):t(I,{error:s.error}),t("form",{onSubmit:m=>{m.preventDefault(),s.run()},children:[t(q,{label:y("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),t(q,{label:y("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:a,testid:"login-password"}),t(q,{label:y("municipality"),help:y("municipalityHelp"),value:i,onInput:d,autocomplete:"off",testid:"login-municipality"}),t(_,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"login-submit",children:s.busy?y("signingIn"):y("signIn")})]})]})]})}var ai=P(`
  mutation Logout {
    logout
  }
`);async function si(){try{await S(ai,{})}finally{ce(null)}}function li(){let[,e]=f(0),[n,r]=f(we()!==null),[o,a]=f(!1);return H(()=>Gt(()=>e(i=>i+1)),[]),H(()=>Jt(i=>{a(!i&&n),r(i)}),[n]),n?t(di,{}):t(xr,{notice:o?y("errUnauthenticated"):void 0})}function di(){let e=N(Un,{}),[n,r]=f(!1),o=Fn(),a=()=>{r(!0),si().catch(()=>{})};if(e.error)return t("main",{id:"main",class:"login-box",children:[t(I,{error:e.error,onRetry:()=>{e.reload()},retryLabel:y("retry")}),t(_,{onClick:a,children:y("signOut")})]});if(!e.data)return t(V,{label:y("loading")});let i=e.data.me;if(!i||i.role==="PROPOSER")return t("main",{id:"main",class:"login-box",children:[t("p",{class:"banner banner-error",role:"alert",children:y("proposerOnly")}),t(_,{onClick:a,children:y("signOut")})]});let d={me:i,municipality:e.data.municipality,permissions:e.data.permissions},s=xe.filter(c=>c.nav&&me(d,c.permission)).sort((c,h)=>c.nav.order-h.nav.order).map(c=>({path:c.path,label:c.nav.label()})),m=Bn(xe,o.path),g;if(!m||!me(d,m.route.permission))g=t("section",{children:[t("h1",{children:y("notFound")}),t("p",{children:t("a",{href:"#/",children:y("backHome")})})]});else{let c=m.route.component;g=t(c,{params:m.params,query:o.query},o.path)}return t(pt.Provider,{value:d,children:t(wr,{viewer:d,nav:s,current:o.path,onSignOut:a,signingOut:n,children:g})})}document.documentElement.lang=J();Ct(t(li,{}),document.getElementById("app"));
